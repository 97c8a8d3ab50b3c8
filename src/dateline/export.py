"""Export a store: CSV, JSON Lines, Parquet, GDELT 2.0 event table, PLOVER JSONL.

- ``csv`` / ``jsonl`` / ``parquet`` with ``what="events"`` (the default): one row per dyad
  (source actor x target actor) with ``event_id`` to regroup, in ``frames.DYAD_COLUMNS``;
  dates as ``date_start``/``date_end`` (ISO) + ``date_precision`` + the TIMEX3 ``date``;
  CAMEO code as text, Goldstein score, QuadClass, PLOVER quad. ``what`` may also be
  ``merged``, ``quotes``, ``times`` (every time expression with its interval), ``actors`` or
  ``records`` (whole records; nested, so jsonl only).
  List cells are joined with "; " in CSV.
- ``gdelt``: tab-separated, no header, the 61 columns of the GDELT 2.0 event table
  (``GDELT_COLUMNS``): one line per merged event and dyad, with NumMentions, NumSources and
  NumArticles from the cross-article merge. ``GlobalEventID`` is ``merged_id * 1000 + dyad``.
  ``Day`` is empty for a date coarser than a day unless ``fill_dates`` is ``start`` or ``end``
  (``MonthYear`` and ``Year`` are filled when the date lies within one month or year).
  GoldsteinScale and QuadClass come from ``scales``; ActionGeo from the event's place through
  ``gazetteer.action_geo_columns`` (CountryCode is ISO-3, not GDELT's FIPS 10-4; ADM1Code the
  division's name; FeatureID the GeoNames id); AvgTone, actor geography, ethnicity and
  religion stay empty (dateline does not produce them).
- ``plover``: one JSON object per dyad with PLOVER's fields (``PLOVER_FIELDS``), ``context``
  from CAMEO2PLOVER, and ``event_loc`` (``gazetteer.event_loc``: name, country, admin1, lat,
  lon, geonamesID, feature, basis) or null.

Filters are those of ``Store.events`` (``filters={...}``).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterable
from typing import IO, Any

from dateline import scales
from dateline.errors import UsageError
from dateline.frames import DYAD_COLUMNS, dyad_rows
from dateline.gazetteer import action_geo_columns, event_loc
from dateline.record import Place
from dateline.store import Store

FORMATS = ("csv", "jsonl", "parquet", "gdelt", "plover")
ROWS = ("events", "merged", "quotes", "times", "actors", "records", "threads")
FILL_DATES = ("none", "start", "end")
#: Which ``--rows`` each format can write.
FORMAT_ROWS = {"csv": ROWS[:5], "parquet": ROWS[:5], "jsonl": ROWS, "gdelt": ("events",),
               "plover": ("events",)}

_ACTOR_COLUMNS = (
    "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
    "Religion2Code", "Type1Code", "Type2Code", "Type3Code",
)
_GEO_COLUMNS = (
    "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID",
)
GDELT_COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in _ACTOR_COLUMNS), *(f"Actor2{c}" for c in _ACTOR_COLUMNS),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in _GEO_COLUMNS), *(f"Actor2Geo_{c}" for c in _GEO_COLUMNS),
    *(f"ActionGeo_{c}" for c in _GEO_COLUMNS), "DATEADDED", "SOURCEURL",
)

PLOVER_FIELDS: tuple[str, ...] = (
    "id", "event_id", "date", "date_start", "date_end", "date_precision", "event_type", "mode",
    "context", "quad", "goldstein", "actor", "actor_country", "actor_sector", "recipient",
    "recipient_country", "recipient_sector", "location", "location_country", "lat", "lon",
    "modality", "event_text", "trigger", "cameo", "confidence", "rule", "story_id",
    "story_date", "publisher", "title", "url", "merged_id", "event_loc",
)



def export(store: Store, fmt: str, stream: IO[Any], *, what: str = "events",
           filters: dict[str, Any] | None = None, fill_dates: str = "none") -> int:
    """Write the store to ``stream`` (binary for parquet, text otherwise); return row count."""
    check_request(fmt, what, fill_dates)
    filters = filters or {}
    if fmt == "gdelt":
        return write_tsv(gdelt_rows(store, fill_dates, **filters), stream)
    if fmt == "plover":
        return write_jsonl(plover_rows(store, **filters), stream)
    data = rows(store, what, filters)
    if fmt == "parquet":
        return write_parquet(data, stream, what)
    return write_csv(data, stream) if fmt == "csv" else write_jsonl(data, stream)


def check_request(fmt: str, what: str, fill_dates: str = "none") -> None:
    """Refuse a format, rows or date fill that cannot be honoured (a usage error)."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if what not in FORMAT_ROWS[fmt]:
        raise UsageError(f"--rows {what} cannot be written as {fmt}; {fmt} writes "
                         f"{', '.join(FORMAT_ROWS[fmt])}")
    if fill_dates not in FILL_DATES:
        raise UsageError(f"unknown fill {fill_dates!r}; choose one of {', '.join(FILL_DATES)}")
    if fill_dates != "none" and fmt != "gdelt":
        raise UsageError("--fill-dates applies to the gdelt format only (other formats carry "
                         "date_start, date_end and date_precision)")


def rows(store: Store, what: str, filters: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    filters = filters or {}
    if what == "events":
        return store.dyads(**filters)
    if what == "merged":
        return store.merged_events(**filters)
    if filters:
        raise UsageError(f"event filters apply to --rows events or merged, not {what}")
    if what == "quotes":
        return store.quotes(cue_class="all")  # an export keeps every class
    if what == "times":
        return store.times()
    if what == "actors":
        return store.actors()
    if what == "records":
        return [record.to_dict() for record in store.records()]
    if what == "threads":
        return thread_rows(store)
    raise UsageError(f"unknown rows {what!r}; choose one of {', '.join(ROWS)}")


def thread_rows(store: Store) -> list[dict[str, Any]]:
    """Every stored exchange thread, in the order they were started: object, parties, where
    it stands, and its steps in order, each with role, modality, date, acting and receiving
    parties, its article (id, title, publisher), rule and evidence spans."""
    from dateline.exchanges import thread_detail

    out = []
    for thread in store.all_threads():
        detail = thread_detail(thread)
        del detail["as_of"]
        out.append(detail)
    return out


def flat(value: Any) -> Any:
    """A cell for CSV or a table: lists joined by "; ", dicts as JSON, None as empty."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(flat(v)) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def write_csv(data: list[dict[str, Any]], stream: IO[str]) -> int:
    if not data:
        return 0
    writer = csv.DictWriter(stream, fieldnames=list(data[0]), lineterminator="\n")
    writer.writeheader()
    for row in data:
        writer.writerow({key: flat(value) for key, value in row.items()})
    return len(data)


def write_jsonl(data: Iterable[dict[str, Any]], stream: IO[str]) -> int:
    count = 0
    for row in data:
        stream.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_parquet(data: list[dict[str, Any]], stream: IO[bytes], what: str = "events") -> int:
    from dateline.frames import frame, typed

    table = typed(frame(data, DYAD_COLUMNS if what == "events" else ()))
    for column in table.columns:  # lists (merged actors, aliases) are stored as JSON text
        if table[column].map(lambda v: isinstance(v, list | dict)).any():
            table[column] = table[column].map(lambda v: json.dumps(v, ensure_ascii=False))
    table.to_parquet(stream, index=False)
    return len(data)


def write_tsv(data: Iterable[list[str]], stream: IO[str]) -> int:
    count = 0
    for row in data:
        stream.write("\t".join(cell.replace("\t", " ").replace("\n", " ") for cell in row))
        stream.write("\n")
        count += 1
    return count


# -- GDELT ---------------------------------------------------------------------------------------


def gdelt_rows(store: Store, fill_dates: str = "none", **filters: Any) -> list[list[str]]:
    """GDELT 2.0 event-table rows, one per merged event and dyad (``GDELT_COLUMNS``)."""
    members: dict[int, list[dict[str, Any]]] = {}
    for ev in store.events(**filters):
        members.setdefault(ev["merged_id"], []).append(ev)
    added = dt.datetime.now(dt.UTC).strftime("%Y%m%d%H%M%S")
    out = []
    for merged in store.merged_events(**filters):
        events = members.get(merged["merged_id"], [])
        if not events:
            continue
        for number, dyad in enumerate(dyad_rows(events[:1])[:999], start=1):
            out.append(_gdelt_row(merged, events, dyad, number, added, fill_dates))
    return out


def _gdelt_row(merged: dict[str, Any], events: list[dict[str, Any]], dyad: dict[str, Any],
               number: int, added: str, fill_dates: str) -> list[str]:
    cameo = dyad["cameo"] or ""
    goldstein = dyad["goldstein"]
    values: dict[str, Any] = {
        "GlobalEventID": merged["merged_id"] * 1000 + number,
        **gdelt_dates(dyad["date_start"], dyad["date_end"], fill_dates),
        **_gdelt_actor("Actor1", dyad, "source"), **_gdelt_actor("Actor2", dyad, "target"),
        "IsRootEvent": int(any(e.get("is_root") for e in events)), "EventCode": cameo,
        "EventBaseCode": cameo[:3], "EventRootCode": cameo[:2],
        "QuadClass": dyad["quad_class"] or "",
        "GoldsteinScale": "" if goldstein is None else f"{goldstein:.1f}",
        "NumMentions": merged["mentions"], "NumSources": merged["sources"],
        "NumArticles": merged["articles"], "DATEADDED": added,
        "SOURCEURL": dyad["url"] or dyad["path"] or "", **_gdelt_geo(dyad),
    }
    return [_cell(values.get(column)) for column in GDELT_COLUMNS]


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


def gdelt_dates(start: str | None, end: str | None, fill: str) -> dict[str, str]:
    """Day / MonthYear / Year / FractionDate of an interval: each only as far as it is known
    (``fill`` = start or end fills Day from that end of a coarser interval)."""
    if not start or not end:
        return {}
    out = {"Year": start[:4]} if start[:4] == end[:4] else {}
    if start[:7] == end[:7]:
        out["MonthYear"] = start[:7].replace("-", "")
    day = start if start == end else {"start": start, "end": end}.get(fill)
    if day:
        out.update(Day=day.replace("-", ""), MonthYear=day[:7].replace("-", ""), Year=day[:4],
                   FractionDate=_fraction(day))
    return out


def _gdelt_actor(prefix: str, dyad: dict[str, Any], role: str) -> dict[str, str]:
    name = dyad[role]
    if not name:
        return {}
    country = dyad[f"{role}_country"] or ""
    sector = dyad[f"{role}_sector"] or ""
    igo = sector == "IGO"
    return {
        f"{prefix}Code": f"{country}{'' if igo else sector}", f"{prefix}Name": name.upper(),
        f"{prefix}CountryCode": "" if igo else country,
        f"{prefix}KnownGroupCode": country if igo else "", f"{prefix}Type1Code": sector,
    }


def _gdelt_geo(dyad: dict[str, Any]) -> dict[str, Any]:
    """ActionGeo columns from the event's place (``gazetteer.action_geo_columns``)."""
    return action_geo_columns(dyad_place(dyad))


def dyad_place(dyad: dict[str, Any]) -> Place | None:
    """The place of a dyad row's geo columns, or None when the event has no location."""
    if not dyad.get("geo_name"):
        return None
    return Place("", dyad["geo_name"], dyad.get("geo_feature") or "", dyad.get("geo_country"),
                 dyad.get("geo_admin1"), _number(dyad.get("geo_lat")),
                 _number(dyad.get("geo_lon")), dyad.get("geo_id"))


def _number(value: Any) -> float | None:
    return None if value is None or value != value else float(value)  # NaN from pandas


def _fraction(day: str) -> str:
    date = dt.date.fromisoformat(day)
    return f"{date.year + (date.timetuple().tm_yday - 1) / 365:.4f}"


# -- PLOVER --------------------------------------------------------------------------------------


def plover_rows(store: Store, **filters: Any) -> list[dict[str, Any]]:
    """One PLOVER-style object per dyad of each event, keys as in ``PLOVER_FIELDS``; ``id`` is
    the event id and the dyad's number within the event."""
    seen: dict[str, int] = {}
    out = []
    for dyad in store.dyads(**filters):
        seen[dyad["event_id"]] = seen.get(dyad["event_id"], 0) + 1
        out.append(_plover(seen[dyad["event_id"]], dyad))
    return out


def _plover(number: int, d: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": f"{d['event_id']}.{number}", "event_id": d["event_id"], "date": d["date"],
        "date_start": d["date_start"], "date_end": d["date_end"],
        "date_precision": d["date_precision"], "event_type": d["type"], "mode": d["mode"],
        "context": scales.plover_context(d["cameo"]), "quad": d["plover_quad"],
        "goldstein": d["goldstein"], "actor": d["source"], "actor_country": d["source_country"],
        "actor_sector": d["source_sector"], "recipient": d["target"],
        "recipient_country": d["target_country"], "recipient_sector": d["target_sector"],
        "location": d["geo_name"], "location_country": d["geo_country"], "lat": d["geo_lat"],
        "lon": d["geo_lon"], "modality": d["modality"], "event_text": d["sentence"],
        "trigger": d["trigger"], "cameo": d["cameo"], "confidence": d["confidence"],
        "rule": d["rule"], "story_id": d["article_id"], "story_date": d["document_date"],
        "publisher": d["publisher"], "title": d["title"], "url": d["url"],
        "merged_id": d["merged_id"],
        "event_loc": event_loc(dyad_place(d), d.get("geo_basis")),
    }
