"""View models: the article text with nested highlights, timeline and network geometry, marked
snippets. Pure functions over records and rows; every piece of text is escaped here or by
Jinja2's autoescaping, never trusted.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from markupsafe import Markup, escape

from dateline import scales
from dateline.intervals import interval
from dateline.record import Record
from dateline.store.browse import MARK_END, MARK_START

#: As ``quad_names`` in ``lexicon/scales/cameo.yaml`` (a test checks they agree).
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
              4: "material conflict"}
#: Nesting order of highlights that start together: outer kinds first.
KIND_ORDER = {"quote": 0, "speaker": 1, "cue": 1, "actor": 2, "place": 2, "time": 2,
              "evidence": 2, "trigger": 3}
SAFE_SCHEMES = ("http://", "https://")


def actor_names(ids: list[str], names: dict[str, str]) -> str:
    return ", ".join(names.get(i, i) for i in ids) or "?"


def quad_counts(types: dict[str, int]) -> dict[str, int]:
    """Event counts per PLOVER quad name, from counts per type."""
    out: dict[str, int] = {}
    for event_type, count in types.items():
        name = QUAD_NAMES.get(quad(event_type), "other")
        out[name] = out.get(name, 0) + count
    return out


def quad(event_type: str | None) -> int:
    return scales.plover_quad(event_type) or 0


def safe_url(url: str | None) -> str | None:
    """A URL fit for an href: http(s) only, so ``javascript:`` and ``data:`` never link."""
    if not url:
        return None
    stripped = url.strip()
    return stripped if stripped.lower().startswith(SAFE_SCHEMES) else None


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str
    ref: str
    anchor: str
    label: str

    def order(self) -> tuple[int, int, int, str]:
        return (self.start, -self.end, KIND_ORDER.get(self.kind, 9), self.anchor)


def record_marks(record: Record) -> list[Mark]:
    """Every span of the record worth highlighting, with an anchor id per item."""
    marks = [Mark(m.start, m.end, "actor", a.id, f"{a.id}-m{i}", f"{a.name} ({a.kind})")
             for a in record.actors for i, m in enumerate(a.mentions, 1)]
    marks += [Mark(m.start, m.end, "place", p.id, f"{p.id}-m{i}", f"{p.name} ({p.feature})")
              for p in record.places for i, m in enumerate(p.mentions, 1)]
    marks += [Mark(t.start, t.end, "time", t.id, t.id, f"{t.type} {t.value}")
              for t in record.times]
    for q in record.quotes:
        marks.append(Mark(q.content.start, q.content.end, "quote", q.id, q.id,
                          f"{q.kind} quote"))
        if q.cue:
            marks.append(Mark(q.cue.start, q.cue.end, "cue", q.id, f"{q.id}-cue", "cue"))
        if q.speaker:
            marks.append(Mark(q.speaker.start, q.speaker.end, "speaker", q.id,
                              f"{q.id}-speaker", "speaker"))
    for e in record.events:
        marks.append(Mark(e.trigger.start, e.trigger.end, "trigger", e.id, e.id,
                          f"{e.type} ({e.modality})"))
        marks += [Mark(m.start, m.end, "trigger", e.id, f"{e.id}-m{i}", f"{e.type} mention")
                  for i, m in enumerate(e.mentions, 1) if (m.start, m.end) != (
                      e.trigger.start, e.trigger.end)]
    marks += thread_marks(record)
    size = len(record.text)
    return sorted((m for m in marks if 0 <= m.start < m.end <= size), key=Mark.order)


def thread_marks(record: Record) -> list[Mark]:
    """The evidence spans of each thread step: step ``i`` of thread ``th1`` is anchored at
    ``th1-s{i}`` (its first span; the others at ``th1-s{i}-e{k}``), as thread pages link."""
    marks = []
    for thread in record.threads:
        for i, step in enumerate(thread.steps, 1):
            ref = f"{thread.id}-s{i}"
            marks += [Mark(e.start, e.end, "evidence", ref, ref if k == 1 else f"{ref}-e{k}",
                           f"{step.role} ({step.modality}) evidence")
                      for k, e in enumerate(step.evidence, 1)]
    return marks


def highlight(text: str, marks: list[Mark]) -> Markup:
    """``text`` escaped, with properly nested ``<mark>`` elements; a highlight that crosses
    another is split, and only its first piece carries the anchor id."""
    bounds = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    out: list[str] = []
    open_marks: list[Mark] = []
    started: set[str] = set()
    for left, right in itertools.pairwise(bounds):
        active = [m for m in marks if m.start <= left and right <= m.end]
        keep = 0
        while (keep < min(len(open_marks), len(active))
               and open_marks[keep] is active[keep]):
            keep += 1
        out += ["</mark>"] * (len(open_marks) - keep)
        for mark in active[keep:]:
            out.append(_open_tag(mark, mark.anchor not in started))
            started.add(mark.anchor)
        open_marks = active
        out.append(str(escape(text[left:right])))
    out += ["</mark>"] * len(open_marks)
    return Markup("".join(out))


def _open_tag(mark: Mark, first: bool) -> str:
    anchor = f' id="{escape(mark.anchor)}"' if first else ""
    piece = "" if first else " hl-cont"
    return (f'<mark class="hl hl-{mark.kind}{piece}"{anchor} data-ref="{escape(mark.ref)}" '
            f'data-start="{mark.start}" data-end="{mark.end}" title="{escape(mark.label)}">')


def marked_snippet(snippet: str | None) -> Markup:
    """A search snippet with its match markers turned into ``<mark>``, the rest escaped."""
    escaped = str(escape(snippet or ""))
    return Markup(escaped.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"))


def mark_words(value: str | None, words: str | None) -> Markup:
    """``value`` escaped, with each case-insensitive occurrence of ``words`` marked."""
    text = value or ""
    if not words:
        return Markup(escape(text))
    lower, needle = text.lower(), words.lower()
    out, at = [], 0
    while (found := lower.find(needle, at)) >= 0:
        end = found + len(needle)
        out += [str(escape(text[at:found])), "<mark>", str(escape(text[found:end])), "</mark>"]
        at = end
    out.append(str(escape(text[at:])))
    return Markup("".join(out))


# -- timeline ---------------------------------------------------------------------------------

WIDTH, LANE, LEFT = 960, 26, 130


def _day(value: str) -> dt.date:
    return dt.date.fromisoformat(value[:10])


def item_interval(item: dict[str, Any]) -> tuple[str, str, str] | None:
    """First day, last day and precision of an item's date; its sort day when unknown."""
    found = interval(item.get("date"))
    if found is not None:
        return found.start, found.end, found.precision
    day = item.get("date_sort")
    return (day, day, "day") if day else None


def timeline(items: list[dict[str, Any]], since: str | None, until: str | None) -> dict[str, Any]:
    """Lanes (one per event type, one for quotes) with each item as a bar or a point."""
    dated = [(item, span) for item in items if (span := item_interval(item))]
    if not dated:
        return {"lanes": [], "ticks": [], "width": WIDTH, "height": 60, "start": since,
                "end": until, "bars": []}
    first = _day(_bound(since, 0) or min(s[0] for _, s in dated))
    last = _day(_bound(until, 1) or max(s[1] for _, s in dated))
    first, last = min(first, last), max(first, last)
    days = max((last - first).days + 1, 1)
    lanes = sorted({_lane(item) for item, _ in dated}, key=lambda k: (k == "quotes", k))
    scale = (WIDTH - LEFT - 10) / days
    bars = []
    for item, (start, end, precision) in dated:
        x0 = LEFT + ((_day(start) - first).days * scale)
        x1 = LEFT + (((_day(end) - first).days + 1) * scale)
        x0, x1 = max(x0, LEFT), min(x1, WIDTH - 10)
        if x1 < LEFT or x0 > WIDTH - 10:
            continue
        bars.append({"item": item, "title": _title(item, start, precision),
                     "x": round(x0, 1), "w": round(max(x1 - x0, 3.0), 1),
                     "y": 20 + lanes.index(_lane(item)) * LANE, "precision": precision,
                     "start": start, "end": end, "point": precision == "day",
                     "quad": quad(item.get("type")) if item.get("kind") == "event" else 0})
    return {"lanes": [{"name": lane, "y": 20 + i * LANE} for i, lane in enumerate(lanes)],
            "ticks": _ticks(first, last, scale), "width": WIDTH,
            "height": 40 + len(lanes) * LANE, "start": first.isoformat(),
            "end": last.isoformat(), "bars": bars}


def _title(item: dict[str, Any], start: str, precision: str) -> str:
    parties = ""
    if item.get("kind") == "event":
        parties = (f" · {', '.join(item.get('source') or []) or '?'} → "
                   f"{', '.join(item.get('target') or []) or '?'}")
    text = (item.get("sentence") or item.get("text") or "")[:160]
    return f"{item.get('date') or start} ({precision}) · {item.get('type')}{parties} · {text}"


def _bound(value: str | None, side: int) -> str | None:
    """The first (side 0) or last (side 1) day of a YYYY, YYYY-MM or YYYY-MM-DD filter."""
    found = interval(value)
    return None if found is None else (found.start, found.end)[side]


def _lane(item: dict[str, Any]) -> str:
    return "quotes" if item.get("kind") == "quote" else str(item.get("type"))


#: Tick units: (days a tick stands for, months to step when calendar-aligned, label length).
_UNITS = [(1, 0, 10), (7, 0, 10), (30, 1, 7), (91, 3, 7), (365, 12, 4), (3650, 120, 4)]


def _ticks(first: dt.date, last: dt.date, scale: float) -> list[dict[str, Any]]:
    """About a dozen ticks at calendar boundaries: days, weeks, months, quarters, years."""
    days = (last - first).days + 1
    size, months, width = next((u for u in _UNITS if days / u[0] <= 12), _UNITS[-1])
    day = first if not months else dt.date(first.year - first.year % max(months // 12, 1),
                                           1 if months >= 12 else first.month, 1)
    ticks: list[dict[str, Any]] = []
    while day <= last and len(ticks) < 16:
        if day >= first:
            ticks.append({"x": round(LEFT + (day - first).days * scale, 1),
                          "label": day.isoformat()[:width]})
        day = day + dt.timedelta(days=size) if not months else _add_months(day, months)
    return ticks


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def zoom(start: str, end: str) -> dict[str, dict[str, str]]:
    """since/until pairs for zooming in (the middle half), out (double) and panning."""
    first, last = _day(start), _day(end)
    days = max((last - first).days, 1)
    quarter = dt.timedelta(days=max(days // 4, 1))
    span = dt.timedelta(days=days)

    def pair(a: dt.date, b: dt.date) -> dict[str, str]:
        return {"since": a.isoformat(), "until": b.isoformat()}

    return {"in": pair(first + quarter, last - quarter), "out": pair(first - span // 2,
                                                                     last + span // 2),
            "earlier": pair(first - span // 2, last - span // 2),
            "later": pair(first + span // 2, last + span // 2)}


# -- network ----------------------------------------------------------------------------------

SIZE = 760


def network_layout(data: dict[str, Any]) -> dict[str, Any]:
    """Nodes on a circle (heaviest first), edges as curves coloured by their main quad that
    stop at the target's rim so the arrow shows."""
    nodes = data["nodes"]
    centre, radius = SIZE / 2, SIZE / 2 - 130
    placed: dict[int, dict[str, Any]] = {}
    for i, node in enumerate(nodes):
        angle = 2 * math.pi * i / max(len(nodes), 1) - math.pi / 2
        cos, sin = math.cos(angle), math.sin(angle)
        r = round(4 + 2.5 * math.log1p(node["mentions"]), 1)
        placed[node["id"]] = {
            **node, "x": round(centre + radius * cos, 1), "y": round(centre + radius * sin, 1),
            "r": r, "lx": round(centre + (radius + r + 6) * cos, 1),
            "ly": round(centre + (radius + r + 6) * sin + 4, 1),
            "anchor": "start" if cos > 0.2 else "end" if cos < -0.2 else "middle"}
    top = max((e["mentions"] for e in data["edges"]), default=1) or 1
    edges = [_edge(edge, placed, top) for edge in data["edges"]
             if edge["source_id"] != edge["target_id"]]
    return {"size": SIZE, "nodes": list(placed.values()), "edges": edges}


def _edge(edge: dict[str, Any], placed: dict[int, dict[str, Any]], top: int) -> dict[str, Any]:
    a, b = placed[edge["source_id"]], placed[edge["target_id"]]
    quads: dict[int, int] = {}
    for event_type, count in edge["types"].items():
        quads[quad(event_type)] = quads.get(quad(event_type), 0) + count
    main = max(sorted(quads), key=lambda k: quads[k])
    bend_x = (a["x"] + b["x"]) / 2 + (b["y"] - a["y"]) * 0.15
    bend_y = (a["y"] + b["y"]) / 2 - (b["x"] - a["x"]) * 0.15
    dx, dy = b["x"] - bend_x, b["y"] - bend_y
    length = math.hypot(dx, dy) or 1.0
    end_x, end_y = b["x"] - dx / length * (b["r"] + 2), b["y"] - dy / length * (b["r"] + 2)
    return {**edge, "quad": main, "quads": quads,
            "path": f"M{a['x']},{a['y']} Q{bend_x:.1f},{bend_y:.1f} {end_x:.1f},{end_y:.1f}",
            "width": round(1 + 4 * edge["mentions"] / top, 1)}


# -- map --------------------------------------------------------------------------------------

#: The radius of a marker's link: the events located at that very place.
MARKER_KM = 1


def event_map(data: dict[str, Any], filters: dict[str, Any]) -> dict[str, Any]:
    """The map's data with a link per place (the events list ``near`` it) and per country
    (``country``), keeping ``filters``; countries carry the ISO numeric code the outlines
    (Natural Earth via world-atlas) are keyed by."""
    kept = {k: v for k, v in filters.items() if v not in (None, "", False)}
    places = [{**p, "href": "/events?" + urlencode(
        {**kept, "near": f"{p['lat']:.5f},{p['lon']:.5f}", "km": MARKER_KM})}
        for p in data["places"]]
    countries = [{**c, "numeric": iso_numeric(c["country"]),
                  "href": "/events?" + urlencode({**kept, "country": c["country"]})}
                 for c in data["countries"]]
    return {"places": places, "countries": countries}


def iso_numeric(alpha3: str) -> str | None:
    """ISO 3166-1 numeric code of an alpha-3 code ("UKR" -> "804"), None if it has none."""
    import pycountry

    found = pycountry.countries.get(alpha_3=alpha3)
    return str(found.numeric) if found is not None else None
