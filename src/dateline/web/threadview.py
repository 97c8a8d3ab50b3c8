"""The thread page's chart: two lanes, one per side of the exchange, each step placed on a time
axis (a point for a day, a bar for a month or a week...; an undated step just after its
article's date, marked as undated). Pure functions over ``dateline.exchanges.thread_detail``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from dateline.intervals import interval
from dateline.web.views import LEFT, WIDTH, _ticks

LANE_HEIGHT, TOP, ROW = 84, 18, 22
#: Modalities drawn hollow and dashed: the text only hints at the step or supposes it.
TENTATIVE = {"hypothetical", "future", "reported", "negated"}
#: Roles that answer the other side: a response "received" by the initiator is the other
#: side's move (the stage takes the receiving country as the event's source).
ANSWERS = {"RESPOND"}
#: Roles that open an exchange: a step with no known parties goes to the initiator's lane when
#: it has one of them, to the other side's otherwise.
OPENING = {"PROPOSE", "REQUEST"}
#: Room kept right of the last date for undated steps, as a share of the axis.
UNDATED_ROOM = 0.12
#: Width a step label needs right of its marker before it is put on the left instead.
LABEL_ROOM = 170


def thread_chart(detail: dict[str, Any]) -> dict[str, Any]:
    """Lanes, ticks and one placed marker per step (``step``: its index in ``detail``)."""
    steps = detail["steps"]
    first_side = _initiator(detail)
    others = [p for p in detail["parties"] if p not in first_side]
    lanes = [{"name": ", ".join(sorted(first_side)) or "?", "codes": sorted(first_side)},
             {"name": ", ".join(others) or "other side", "codes": others}]
    days = [d for s in steps for d in _days(s)]
    if not days:
        return {"lanes": _lane_rows(lanes), "ticks": [], "width": WIDTH,
                "height": TOP + 2 * LANE_HEIGHT + 20, "marks": [], "start": None, "end": None}
    first, last = min(days), max(days)
    span = max((last - first).days + 1, 1)
    axis = (WIDTH - LEFT - 10) * (1 - UNDATED_ROOM)
    scale = axis / span
    marks: list[dict[str, Any]] = []
    taken: dict[int, list[tuple[float, int]]] = {0: [], 1: []}
    for index, step in enumerate(steps):
        lane = _lane(step, first_side)
        mark = _place(step, first, last, scale)
        row = _row(taken[lane], mark["x"])
        mark.update(index=index, lane=lane, y=TOP + lane * LANE_HEIGHT + 14 + row * ROW,
                    tentative=step["modality"] in TENTATIVE, **_label_at(mark))
        marks.append(mark)
    return {"lanes": _lane_rows(lanes), "ticks": _ticks(first, last, scale), "width": WIDTH,
            "height": TOP + 2 * LANE_HEIGHT + 20, "marks": marks, "start": first.isoformat(),
            "end": last.isoformat()}


def _lane_rows(lanes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{**lane, "y": TOP + i * LANE_HEIGHT} for i, lane in enumerate(lanes)]


def _initiator(detail: dict[str, Any]) -> set[str]:
    """The side that opened the exchange: the acting party of its first step with one."""
    parties = set(detail["parties"])
    for step in detail["steps"]:
        acting = set(step["source"]) & parties
        if acting:
            return acting
    return set(detail["parties"][:1])


def _lane(step: dict[str, Any], first_side: set[str]) -> int:
    """0 for the initiator's moves, 1 for the other side's."""
    source, target = set(step["source"]), set(step["target"])
    if source and source <= first_side:
        answered = step["role"] in ANSWERS and target and not target <= first_side
        return 1 if answered else 0
    if not source and target and target <= first_side:
        return 1
    if not source and not target:  # an act the stage found with no coded event
        return 0 if step["role"] in OPENING else 1
    return 1


def _day(value: str | None) -> dt.date | None:
    found = interval(value[:10] if value else None)
    return dt.date.fromisoformat(found.start) if found is not None else None


def _days(step: dict[str, Any]) -> list[dt.date]:
    found = interval(step["date"])
    if found is not None:
        return [dt.date.fromisoformat(found.start), dt.date.fromisoformat(found.end)]
    published = _day(step.get("published"))
    return [published] if published else []


def _place(step: dict[str, Any], first: dt.date, last: dt.date,
           scale: float) -> dict[str, Any]:
    """x and width of a step; an undated step sits just right of its article's date (or of
    the last date when its article has none)."""
    found = interval(step["date"])
    if found is not None:
        x0 = LEFT + (dt.date.fromisoformat(found.start) - first).days * scale
        x1 = LEFT + ((dt.date.fromisoformat(found.end) - first).days + 1) * scale
        point = found.precision == "day"
        return {"x": round(x0, 1), "w": round(max(x1 - x0, 4.0), 1), "point": point,
                "undated": False, "precision": found.precision, "label": step["date"]}
    day = _day(step.get("published")) or last
    x = LEFT + ((day - first).days + 1) * scale + 14
    where = f"after {day.isoformat()}" if step.get("published") else "after the last date"
    return {"x": round(min(x, WIDTH - 18), 1), "w": 8.0, "point": False, "undated": True,
            "precision": None, "label": f"undated ({where})"}


def _label_at(mark: dict[str, Any]) -> dict[str, Any]:
    """Where the step's label goes: right of the marker, or left of it near the right edge."""
    right = mark["x"] + (mark["w"] if not mark["point"] else 8) + 6
    if right > WIDTH - LABEL_ROOM:
        return {"label_x": round(mark["x"] - 10, 1), "label_anchor": "end"}
    return {"label_x": round(right, 1), "label_anchor": "start"}


def _row(taken: list[tuple[float, int]], x: float) -> int:
    """The first of three rows of a lane where a marker at ``x`` clears the others' labels."""
    row = next((r for r in range(3) if all(abs(x - ox) >= 70 for ox, orow in taken
                                           if orow == r)), len(taken) % 3)
    taken.append((x, row))
    return row
