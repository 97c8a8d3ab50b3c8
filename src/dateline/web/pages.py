"""The pages: each reads through ``Browser`` and answers in HTML or, as its twin, JSON."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Annotated, Any

from fastapi import FastAPI, Path, Query, Request
from fastapi.responses import HTMLResponse, Response

from dateline.store.browse import EventQuery
from dateline.store.filters import EventFilter
from dateline.web import threadview, views
from dateline.web.app import html, respond
from dateline.web.errors import ERROR_RESPONSES, ApiError, not_found
from dateline.web.params import (
    ClassParam,
    DateParam,
    Filters,
    Pages,
    Query_,
    Text,
    check_date,
)
from dateline.web.service import Browser

TIMELINE_LIMIT = 250
ACTOR_ITEMS = 150
ArticleId = Annotated[str, Path(max_length=100, description="sha256:<hex> of the text")]
Id = Annotated[int, Path(ge=1, le=2**62)]
ThreadId = Annotated[str, Path(max_length=40, description="x<hex>, as `dateline threads` lists")]


def _browser(request: Request) -> Browser:
    browser: Browser = request.app.state.browser
    return browser


def _filters(spec: EventFilter) -> dict[str, Any]:
    return {"type": spec.type, "actor": spec.actor, "since": spec.since, "until": spec.until,
            "modality": spec.modality, "precision": spec.precision, "within": spec.within,
            "near": spec.near, "km": spec.km, "country": spec.country,
            "min_confidence": spec.min_confidence}


def overview(request: Request) -> Response:
    """Counts, publishers, date range, top actors and dyads, event types by month, and the
    map of located events."""
    browser = _browser(request)
    data = {**browser.overview(), "map": views.event_map(browser.map(EventFilter()), {})}
    return respond(request, "overview.html", data, chart=_chart(data["types_by_month"]),
                   title="Overview")


def event_map(request: Request, spec: Filters) -> Response:
    """Where events happened: country outlines shaded by located events and a circle per place,
    sized by its events, each linking to the events list there; the CLI's filters apply."""
    filters = _filters(spec)
    data = {"filters": filters, "map": views.event_map(_browser(request).map(spec), filters)}
    return respond(request, "map.html", data, title="Map")


def _chart(rows: list[dict[str, Any]]) -> dict[str, Any]:
    months = sorted({row["month"] for row in rows})
    types = sorted({row["type"] for row in rows}, key=lambda t: (views.quad(t), t))
    counts = {(row["month"], row["type"]): row["events"] for row in rows}
    return {"months": months, "series": [
        {"type": t, "quad": views.quad(t), "counts": [counts.get((m, t), 0) for m in months]}
        for t in types]}


def events(request: Request, query: Query_, pages: Pages, merged: bool = False) -> Response:
    """Event mentions (or events merged across articles) with the CLI's filters, paged."""
    total, rows = _browser(request).events(query, merged)
    data = {"total": total, "page": pages.page, "per_page": pages.per_page,
            "pages": pages.pages(total), "merged": merged,
            "filters": {**_filters(query.spec), "source": query.spec.source,
                        "target": query.spec.target},
            "events": rows}
    return respond(request, "events.html", data, title="Events")


def event(request: Request, merged_id: Id) -> Response:
    """One event merged across articles: every mention, each linked to its highlight."""
    found = _browser(request).merged_event(merged_id)
    if found is None:
        raise not_found("event", merged_id)
    return respond(request, "event.html", {"event": found},
                   title=f"{found['type']} event {merged_id}")


def article(request: Request, article_id: ArticleId) -> Response:
    """The audit view: the text with every mention, time, quote and trigger highlighted."""
    found = _browser(request).record(article_id)
    if found is None:
        raise not_found("article", article_id)
    summary, record = found
    data = {"article": summary, "record": record.to_dict()}
    names = {a.id: a.name for a in record.actors}
    return respond(request, "article.html", data, rec=record, names=names,
                   text_html=views.highlight(record.text, views.record_marks(record)),
                   times={t.id: t for t in record.times},
                   title=summary["title"] or "Article")


def actors(request: Request, pages: Pages, name: Text = None) -> Response:
    """Canonical actors, by name, with their event counts."""
    total, rows = _browser(request).actors(name or None, pages.per_page, pages.offset)
    data = {"total": total, "page": pages.page, "per_page": pages.per_page,
            "pages": pages.pages(total), "filters": {"name": name}, "actors": rows}
    return respond(request, "actors.html", data, title="Actors")


def actor(request: Request, actor_id: Id) -> Response:
    """An actor: codes, roles, aliases, a timeline of events and quotes, counterparts."""
    browser = _browser(request)
    found = browser.actor(actor_id)
    if found is None:
        raise not_found("actor", actor_id)
    items = browser.items([actor_id], EventFilter(), None, ACTOR_ITEMS)
    others = [{**c, "quads": views.quad_counts(c["types"])}
              for c in browser.counterparts(actor_id)]
    located = views.event_map(browser.map(EventFilter(), [actor_id]), {"actor": found["key"]})
    data = {"actor": found, "counterparts": others, "items": items, "map": located}
    return respond(request, "actor.html", data, chart=views.timeline(items, None, None),
                   title=found["name"])


def timeline(request: Request, spec: Filters, counterpart: Text = None) -> Response:
    """Events (and quotes) of an actor or a dyad on a time axis; imprecise dates are bars."""
    browser = _browser(request)
    if spec.actor:
        ids = browser.resolve(spec.actor)
        other = browser.resolve(counterpart) if counterpart else None
        items = browser.items(ids, replace(spec, actor=None), other, TIMELINE_LIMIT) if ids else []
    else:
        query = EventQuery(spec=spec, limit=TIMELINE_LIMIT)
        items = [{**row, "kind": "event"} for row in browser.events(query, False)[1]]
    data = {"filters": {**_filters(spec), "counterpart": counterpart}, "items": items,
            "limit": TIMELINE_LIMIT}
    chart = views.timeline(items, spec.since, spec.until)
    zoom = views.zoom(chart["start"], chart["end"]) if chart["bars"] else None
    return respond(request, "timeline.html", data, chart=chart, zoom=zoom, title="Timeline")


def network(request: Request, spec: Filters,
            limit: Annotated[int, Query(ge=1, le=200)] = 60) -> Response:
    """Actors as nodes, dyads as edges coloured by PLOVER quad and weighted by mentions."""
    found = _browser(request).network(spec, limit)
    data = {"filters": {**_filters(spec), "limit": limit}, **found}
    return respond(request, "network.html", data, layout=views.network_layout(found),
                   title="Network")


def quotes(request: Request, pages: Pages, speaker: Text = None,
           contains: Text = None, cue_class: ClassParam = None) -> Response:
    """Who said what: quotes by speaker, words and cue class (speech and documents unless
    asked), paged, with the words highlighted."""
    total, rows = _browser(request).quotes(speaker or None, contains or None, pages.per_page,
                                           pages.offset, cue_class or None)
    data = {"total": total, "page": pages.page, "per_page": pages.per_page,
            "pages": pages.pages(total),
            "filters": {"speaker": speaker, "contains": contains, "class": cue_class},
            "quotes": rows}
    return respond(request, "quotes.html", data, title="Quotes")


def search(request: Request, pages: Pages, q: Text = None) -> Response:
    """Full-text search of the articles, best first, matches highlighted."""
    rows = _browser(request).search(q, pages.per_page, pages.offset) if q else []
    data = {"q": q, "page": pages.page, "per_page": pages.per_page, "results": rows}
    return respond(request, "search.html", data, title="Search")


def threads(request: Request, pages: Pages, actor: Text = None, since: DateParam = None,
            until: DateParam = None) -> Response:
    """Exchange threads (proposal → responses → acceptance or rejection), latest first."""
    first, last = check_date("since", since), check_date("until", until)
    total, rows = _browser(request).threads(actor or None, first, last, pages.per_page,
                                            pages.offset)
    data = {"total": total, "page": pages.page, "per_page": pages.per_page,
            "pages": pages.pages(total),
            "filters": {"actor": actor, "since": first, "until": last}, "threads": rows}
    return respond(request, "threads.html", data, title="Threads")


def thread(request: Request, thread_id: ThreadId, as_of: DateParam = None) -> Response:
    """One thread: a lane per side, its steps on a time axis, each linked to its evidence."""
    found = _browser(request).thread(thread_id, check_date("as_of", as_of))
    if found is None:
        raise not_found("thread", thread_id)
    return respond(request, "thread.html", {"thread": found},
                   chart=threadview.thread_chart(found),
                   title=f"Thread {found['object'] or thread_id}")


def docs(request: Request) -> HTMLResponse:
    """Swagger UI, served from the package's own copy."""
    return html(request, "docs.html", {"title": "API"})


PAGES: list[tuple[str, str, Callable[..., Response]]] = [
    ("/events/{merged_id}", "event", event),
    ("/events", "events", events),
    ("/articles/{article_id}", "article", article),
    ("/actors/{actor_id}", "actor", actor),
    ("/actors", "actors", actors),
    ("/timeline", "timeline", timeline),
    ("/network", "network", network),
    ("/map", "map", event_map),
    ("/quotes", "quotes", quotes),
    ("/search", "search", search),
    ("/threads/{thread_id}", "thread", thread),
    ("/threads", "threads", threads),
]


def register(app: FastAPI) -> None:
    """Every page at its path and its JSON twin at the path plus ``.json``."""
    _twin(app, "/", "/overview.json", "overview", overview)
    for path, name, endpoint in PAGES:
        _twin(app, path, path + ".json", name, endpoint)
    app.add_api_route("/docs", docs, methods=["GET"], include_in_schema=False)


def _twin(app: FastAPI, path: str, json_path: str, name: str,
          endpoint: Callable[..., Response]) -> None:
    # the .json route first: a path parameter would otherwise swallow the suffix
    app.add_api_route(json_path, endpoint, methods=["GET"], operation_id=f"{name}_json",
                      responses=ERROR_RESPONSES, tags=["json"])
    app.add_api_route(path, endpoint, methods=["GET"], operation_id=name,
                      response_class=HTMLResponse, responses=ERROR_RESPONSES, tags=["pages"])


__all__ = ["ApiError", "register"]
