"""pandas DataFrames for analysts: one row per dyad, names and codes, honest interval dates.

- ``events_frame(store, **filters)``: one row per dyad (source actor x target actor) of each
  event, with ``event_id`` to regroup; ``date_start``/``date_end`` as datetimes,
  ``date_precision``, the TIMEX3 ``date``; CAMEO code as text with its leading zero, Goldstein
  score, QuadClass and PLOVER quad; geo columns from the event's place when there is one.
- ``quotes_frame(store, **filters)``: one row per quote.
- ``dyads_frame(store, period="month", types=...)``: events per dyad and period. An event is
  counted in a period only when its whole date interval lies inside it: a date known only to
  the year is not counted in any month (the number left out is in ``frame.attrs["left_out"]``).
- ``records_to_frame(records)``: the events frame of records that were never stored.

The same filters as the CLI apply (``Store.events``). pandas is imported on first use.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from dateline import scales
from dateline.errors import UsageError
from dateline.record import Record
from dateline.store.filters import PERIODS

if TYPE_CHECKING:
    import pandas as pd

    from dateline.store import Store

Row = dict[str, Any]

#: Columns of a dyad row, in order (exports and frames share them).
DYAD_COLUMNS: tuple[str, ...] = (
    "event_id", "article_id", "type", "mode", "cameo", "goldstein", "quad_class", "plover_quad",
    "modality", "date", "date_start", "date_end", "date_precision", "date_basis",
    "source", "source_country", "source_sector", "target", "target_country", "target_sector",
    "geo_name", "geo_feature", "geo_country", "geo_admin1", "geo_lat", "geo_lon", "geo_id",
    "geo_basis", "trigger", "sentence", "rule", "confidence", "merged_id", "is_root", "title",
    "publisher", "url", "path", "document_date",
)
#: pandas dtypes of the dyad columns that are not plain text (``read_csv`` needs them).
DYAD_DTYPES: dict[str, str] = {
    "goldstein": "float64", "quad_class": "Int64", "plover_quad": "Int64", "geo_lat": "float64",
    "geo_lon": "float64", "confidence": "float64", "merged_id": "Int64", "is_root": "boolean",
}
DATE_COLUMNS = ("date_start", "date_end", "document_date")
_PANDAS_PERIOD = {"day": "D", "week": "W-SUN", "month": "M", "quarter": "Q", "year": "Y"}


def dyad_rows(events: Iterable[Row]) -> list[Row]:
    """One row per dyad of each stored event row (``Store.events()``); an actor is never its
    own partner (a mutual event lists its parties on both sides: "X and Y met")."""
    out: list[Row] = []
    for ev in events:
        sources = _party(ev, "source")
        targets = _party(ev, "target")
        for source in sources:
            for target in targets:
                if source != target or source[0] is None:
                    out.append(_dyad(ev, source, target))
    return out


def _party(ev: Row, role: str) -> list[tuple[Any, Any, Any]]:
    names = ev.get(role) or []
    countries = ev.get(f"{role}_countries") or [None] * len(names)
    sectors = ev.get(f"{role}_sectors") or [None] * len(names)
    return list(zip(names, countries, sectors, strict=True)) or [(None, None, None)]


def _dyad(ev: Row, source: tuple[Any, Any, Any], target: tuple[Any, Any, Any]) -> Row:
    cameo = scales.cameo_code(ev.get("cameo"))
    row: Row = {
        "event_id": ev["id"], "article_id": ev["article"], "type": ev["type"],
        "mode": ev.get("mode"), "cameo": cameo, "goldstein": scales.goldstein(cameo),
        "quad_class": scales.quad_class(cameo, ev["type"]),
        "plover_quad": scales.plover_quad(ev["type"]),
        "source": source[0], "source_country": source[1], "source_sector": source[2],
        "target": target[0], "target_country": target[1], "target_sector": target[2],
    }
    for column in DYAD_COLUMNS:
        if column not in row:
            row[column] = ev.get(column)
    return {column: row[column] for column in DYAD_COLUMNS}


def frame(rows: list[Row], columns: tuple[str, ...] = ()) -> pd.DataFrame:
    import pandas as pd

    if not rows and columns:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})
    return pd.DataFrame.from_records(rows)


def typed(data: pd.DataFrame) -> pd.DataFrame:
    """Dyad columns with analyst dtypes: datetimes for dates, nullable ints, text as str."""
    import pandas as pd

    for column in DATE_COLUMNS:
        if column in data:
            data[column] = pd.to_datetime(data[column], format="ISO8601", errors="coerce")
    wanted: Any = {c: dtype for c, dtype in DYAD_DTYPES.items() if c in data}
    return data.astype(wanted)


def events_frame(store: Store, **filters: Any) -> pd.DataFrame:
    """One row per dyad of the stored events matching ``filters``."""
    return typed(frame(store.dyads(**filters), DYAD_COLUMNS))


def quotes_frame(store: Store, **filters: Any) -> pd.DataFrame:
    return typed(frame(store.quotes(**filters)))


def records_to_frame(records: Iterable[Any]) -> pd.DataFrame:
    """The events frame (one row per dyad) of records that were never stored; error records
    are skipped."""
    rows: list[Row] = []
    for record in records:
        if isinstance(record, Record):
            rows += dyad_rows(record_event_rows(record))
    return typed(frame(rows, DYAD_COLUMNS))


def record_event_rows(record: Record) -> list[Row]:
    """Rows shaped like ``Store.events()`` for one record (actor names as the record has them)."""
    out = []
    places = {p.id: p for p in record.places}
    for ev in record.events:
        row: Row = {
            "id": f"{record.id}#{ev.id}", "article": record.id, "type": ev.type,
            "mode": ev.mode, "cameo": ev.cameo, "modality": ev.modality, "date": ev.date.value,
            "date_start": ev.date.start, "date_end": ev.date.end,
            "date_precision": ev.date.precision, "date_basis": ev.date.basis,
            "trigger": ev.trigger.text, "sentence": ev.sentence.text, "rule": ev.rule,
            "confidence": ev.confidence, "merged_id": None,
            "title": record.source.title, "publisher": record.source.publisher,
            "url": record.source.url, "path": record.source.path,
            "document_date": record.document_date,
        }
        for role in ("source", "target"):
            actors = [a for local in getattr(ev, role) if (a := record.actor(local))]
            row[role] = [a.name for a in actors]
            row[f"{role}_countries"] = [a.country for a in actors]
            row[f"{role}_sectors"] = [a.sector for a in actors]
        place = places.get(ev.location.place) if ev.location else None
        if place is not None:
            row.update(geo_name=place.name, geo_feature=place.feature,
                       geo_country=place.country, geo_admin1=place.admin1, geo_lat=place.lat,
                       geo_lon=place.lon, geo_id=place.gazetteer_id,
                       geo_basis=ev.location.basis if ev.location else None)
        out.append(row)
    return out


def dyads_frame(store: Store, period: str = "month", types: Any = None,
                **filters: Any) -> pd.DataFrame:
    """Events per source x target dyad and period: columns ``period`` (the first day),
    ``source``, ``source_country``, ``target``, ``target_country``, ``events``, ``articles``,
    ``goldstein`` (mean)."""
    if types is not None:
        filters["type"] = types
    return count_dyads(store.dyads(**filters), period)


def count_dyads(rows: list[Row], period: str) -> pd.DataFrame:
    import pandas as pd

    if period not in PERIODS:
        raise UsageError(f"unknown period {period!r}; choose from {', '.join(PERIODS)}")
    keys = ["source", "source_country", "target", "target_country"]
    data = typed(frame(rows, DYAD_COLUMNS))
    freq = _PANDAS_PERIOD[period]
    start = data["date_start"].dt.to_period(freq)
    inside = data["date_start"].notna() & (start == data["date_end"].dt.to_period(freq))
    kept = data[inside].assign(period=start[inside].dt.start_time)
    kept[keys] = kept[keys].fillna("")
    grouped = kept.groupby(["period", *keys], sort=True).agg(
        events=("event_id", "nunique"), articles=("article_id", "nunique"),
        goldstein=("goldstein", "mean")).reset_index()
    result = pd.DataFrame(grouped)
    result.attrs["left_out"] = int((~inside).sum())
    result.attrs["period"] = period
    return result
