"""Export a store: CSV, JSON Lines, Parquet, GDELT 2.0 event table, PLOVER JSONL.

- ``csv`` / ``jsonl`` / ``parquet``: the rows of ``Store.events()`` (or merged events, quotes,
  actors, whole records with ``what=``); list cells are joined with "; " in CSV.
- ``gdelt``: one line per merged event, tab-separated, no header, in the 61 columns of the
  GDELT 2.0 event table (``GDELT_COLUMNS``), with NumMentions, NumSources and NumArticles from
  the cross-article merge. Fields dateline does not produce (tone, Goldstein, geography,
  ethnicity, religion) are empty.
- ``plover``: one JSON object per article event with PLOVER's fields (``PLOVER_FIELDS``).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterable
from typing import IO, Any

from dateline.errors import UsageError
from dateline.store import Store

FORMATS = ("csv", "jsonl", "parquet", "gdelt", "plover")
ROWS = ("events", "merged", "quotes", "actors", "records")

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
    "id", "date", "event_type", "mode", "context", "actor", "actor_country", "actor_sector",
    "recipient", "recipient_country", "recipient_sector", "modality", "event_text", "trigger",
    "cameo", "confidence", "rule", "story_id", "story_date", "publisher", "title", "url",
    "merged_id",
)

#: GDELT quad class of each PLOVER type: 1 verbal / 2 material cooperation, 3 verbal /
#: 4 material conflict.
QUAD_CLASS = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 2, "COOPERATE": 2, "AID": 2,
    "RETREAT": 2, "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "PROTEST": 3,
    "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}


def export(store: Store, fmt: str, stream: IO[Any], *, what: str = "events") -> int:
    """Write the store to ``stream`` (binary for parquet, text otherwise); return row count."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "gdelt":
        return write_tsv(gdelt_rows(store), stream)
    if fmt == "plover":
        return write_jsonl(plover_rows(store), stream)
    data = rows(store, what)
    if fmt == "parquet":
        return write_parquet(data, stream)
    return write_csv(data, stream) if fmt == "csv" else write_jsonl(data, stream)


def rows(store: Store, what: str) -> list[dict[str, Any]]:
    if what == "events":
        return store.events()
    if what == "merged":
        return store.merged_events()
    if what == "quotes":
        return store.quotes()
    if what == "actors":
        return store.actors()
    if what == "records":
        return [record.to_dict() for record in store.records()]
    raise UsageError(f"unknown rows {what!r}; choose one of {', '.join(ROWS)}")


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


def write_parquet(data: list[dict[str, Any]], stream: IO[bytes]) -> int:
    import pandas as pd

    frame = pd.DataFrame.from_records(data)
    for column in frame.columns:  # nested dicts (records) are stored as JSON text
        if frame[column].map(lambda v: isinstance(v, dict)).any():
            frame[column] = frame[column].map(lambda v: json.dumps(v, ensure_ascii=False))
    frame.to_parquet(stream, index=False)
    return len(data)


def write_tsv(data: Iterable[list[str]], stream: IO[str]) -> int:
    count = 0
    for row in data:
        stream.write("\t".join(cell.replace("\t", " ").replace("\n", " ") for cell in row))
        stream.write("\n")
        count += 1
    return count


# -- GDELT ---------------------------------------------------------------------------------------


def gdelt_rows(store: Store) -> list[list[str]]:
    """One GDELT 2.0 event-table row per merged event, columns as in ``GDELT_COLUMNS``."""
    members: dict[int, list[dict[str, Any]]] = {}
    for ev in store.events():
        members.setdefault(ev["merged_id"], []).append(ev)
    added = dt.datetime.now(dt.UTC).strftime("%Y%m%d%H%M%S")
    return [_gdelt_row(m, members.get(m["merged_id"], []), added)
            for m in store.merged_events()]


def _gdelt_row(merged: dict[str, Any], events: list[dict[str, Any]], added: str) -> list[str]:
    first = events[0] if events else {}
    day = (merged["date"] or first.get("date_sort") or first.get("document_date") or "")
    day = (day.replace("-", "") + "0101")[:8] if day else ""
    cameo = next((e["cameo"] for e in events if e.get("cameo")), "") or ""
    quad = _quad(merged["type"], cameo)
    values: dict[str, Any] = {
        "GlobalEventID": merged["merged_id"], "Day": day, "MonthYear": day[:6],
        "Year": day[:4], "FractionDate": _fraction(day),
        **_gdelt_actor("Actor1", first, "source"), **_gdelt_actor("Actor2", first, "target"),
        "IsRootEvent": int(any(e.get("is_root") for e in events)), "EventCode": cameo,
        "EventBaseCode": cameo[:3], "EventRootCode": cameo[:2], "QuadClass": quad,
        "NumMentions": merged["mentions"], "NumSources": merged["sources"],
        "NumArticles": merged["articles"], "DATEADDED": added,
        "SOURCEURL": first.get("url") or first.get("path") or "",
    }
    return [str(values.get(column, "")) for column in GDELT_COLUMNS]


def _gdelt_actor(prefix: str, event: dict[str, Any], role: str) -> dict[str, str]:
    names = event.get(role) or []
    if not names:
        return {}
    country = (event.get(f"{role}_countries") or [None])[0] or ""
    sector = (event.get(f"{role}_sectors") or [None])[0] or ""
    igo = sector == "IGO"
    return {
        f"{prefix}Code": f"{country}{'' if igo else sector}", f"{prefix}Name": names[0].upper(),
        f"{prefix}CountryCode": "" if igo else country,
        f"{prefix}KnownGroupCode": country if igo else "", f"{prefix}Type1Code": sector,
    }


def _quad(event_type: str, cameo: str) -> str:
    if cameo[:2].isdigit():
        root = int(cameo[:2])
        return str(1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4)
    quad = QUAD_CLASS.get(event_type)
    return str(quad) if quad else ""


def _fraction(day: str) -> str:
    try:
        date = dt.date(int(day[:4]), int(day[4:6]), int(day[6:8]))
    except ValueError:
        return ""
    return f"{date.year + (date.timetuple().tm_yday - 1) / 365:.4f}"


# -- PLOVER --------------------------------------------------------------------------------------


def plover_rows(store: Store) -> list[dict[str, Any]]:
    """One PLOVER-style object per article event, keys as in ``PLOVER_FIELDS``."""
    return [_plover(ev) for ev in store.events()]


def _plover(ev: dict[str, Any]) -> dict[str, Any]:
    def first(key: str) -> Any:
        values = ev.get(key) or []
        return values[0] if values else None

    return {
        "id": ev["id"], "date": ev["date"] or ev["date_sort"], "event_type": ev["type"],
        "mode": ev["mode"], "context": None, "actor": first("source"),
        "actor_country": first("source_countries"), "actor_sector": first("source_sectors"),
        "recipient": first("target"), "recipient_country": first("target_countries"),
        "recipient_sector": first("target_sectors"), "modality": ev["modality"],
        "event_text": ev["sentence"], "trigger": ev["trigger"], "cameo": ev["cameo"],
        "confidence": ev["confidence"], "rule": ev["rule"], "story_id": ev["article"],
        "story_date": ev["document_date"], "publisher": ev["publisher"], "title": ev["title"],
        "url": ev["url"], "merged_id": ev["merged_id"],
    }
