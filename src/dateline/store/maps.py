"""Where events happened, for maps: located events counted by place and by country.

Both queries take the events list's filters (``filters.EventFilter``, so ``near`` and
``country`` too) and, for an actor's page, the actor ids whose events count. A place is counted
once per event mention located there; places without coordinates (a country named as a whole,
a division the gazetteer has no centre for) count in ``countries`` only.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, func, select

from dateline.store import read, schema
from dateline.store.filters import EventFilter
from dateline.store.read import Row

#: The most places one map shows (the busiest first).
MAP_PLACES = 300


def _where(conn: Connection, spec: EventFilter, actor_ids: list[int] | None) -> list[Any]:
    e, ea = schema.events, schema.event_actors
    where = read.event_conditions(conn, spec.checked())
    if actor_ids is not None:
        where.append(e.c.id.in_(select(ea.c.event_id).where(ea.c.actor_id.in_(actor_ids))))
    return where


def located_places(conn: Connection, spec: EventFilter | None = None,
                   actor_ids: list[int] | None = None, limit: int = MAP_PLACES) -> list[Row]:
    """Places with coordinates and how many event mentions happened there, busiest first."""
    e = schema.events
    n = func.count().label("events")
    keys = (e.c.geo_name, e.c.geo_feature, e.c.geo_country, e.c.geo_lat, e.c.geo_lon)
    stmt = select(*keys, n).where(
        e.c.geo_lat.is_not(None), e.c.geo_lon.is_not(None),
        *_where(conn, spec or EventFilter(), actor_ids),
    ).group_by(*keys).order_by(n.desc(), e.c.geo_name, e.c.geo_lat, e.c.geo_lon).limit(limit)
    return [{"name": row.geo_name, "feature": row.geo_feature, "country": row.geo_country,
             "lat": row.geo_lat, "lon": row.geo_lon, "events": row.events}
            for row in conn.execute(stmt)]


def located_countries(conn: Connection, spec: EventFilter | None = None,
                      actor_ids: list[int] | None = None) -> list[Row]:
    """Countries (ISO-3) and how many event mentions are located in each, busiest first."""
    e = schema.events
    n = func.count().label("events")
    stmt = select(e.c.geo_country, n).where(
        e.c.geo_country.is_not(None), *_where(conn, spec or EventFilter(), actor_ids),
    ).group_by(e.c.geo_country).order_by(n.desc(), e.c.geo_country)
    return [{"country": row.geo_country, "events": row.events} for row in conn.execute(stmt)]


def event_map(conn: Connection, spec: EventFilter | None = None,
              actor_ids: list[int] | None = None, limit: int = MAP_PLACES) -> Row:
    """``places`` and ``countries`` of the events ``spec`` (and ``actor_ids``) select."""
    return {"places": located_places(conn, spec, actor_ids, limit),
            "countries": located_countries(conn, spec, actor_ids)}
