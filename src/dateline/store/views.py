"""Flat SQL views for people who browse the store without joins (R/dbplyr, datasette, psql).

- ``events_flat``: one row per dyad (source actor x target actor) of every stored event, with
  the event id to regroup (``event_id``, ``article_id#local_id``), type, mode, CAMEO code,
  modality, the date as TIMEX3 ``date`` and as an interval (``date_start``, ``date_end``,
  ``date_precision``), canonical actor names and codes, the geo columns, trigger and sentence,
  and the article's title, publisher, url and document date. An event with no source (or no
  target) has one row with that side empty.
- ``quotes_flat``: one row per quote: speaker (as written and as canonical actor), cue, content,
  date and interval, article fields.

The SQL is the same on SQLite and PostgreSQL. A change to a view is a new migration that
drops and recreates it.
"""

from __future__ import annotations

EVENTS_FLAT = """
CREATE VIEW events_flat AS
SELECT
    a.id || '#' || e.local_id AS event_id,
    a.id AS article_id,
    e.type AS type, e.mode AS mode, e.cameo AS cameo, e.modality AS modality,
    e.date_value AS date, e.date_start AS date_start, e.date_end AS date_end,
    e.date_precision AS date_precision, e.date_basis AS date_basis,
    src.name AS source_name, src.country AS source_country, src.sector AS source_sector,
    src.kind AS source_kind,
    tgt.name AS target_name, tgt.country AS target_country, tgt.sector AS target_sector,
    tgt.kind AS target_kind,
    e.geo_name AS geo_name, e.geo_feature AS geo_feature, e.geo_country AS geo_country,
    e.geo_admin1 AS geo_admin1, e.geo_lat AS geo_lat, e.geo_lon AS geo_lon,
    e.trigger_text AS trigger, e.sentence_text AS sentence, e.rule AS rule,
    e.confidence AS confidence, e.merged_id AS merged_id, e.is_root AS is_root,
    a.title AS title, a.publisher AS publisher, a.url AS url, a.path AS path,
    a.document_date AS document_date
FROM events e
JOIN articles a ON a.pk = e.article_pk
LEFT JOIN event_actors es ON es.event_id = e.id AND es.role = 'source'
LEFT JOIN actors src ON src.id = es.actor_id
LEFT JOIN event_actors et ON et.event_id = e.id AND et.role = 'target'
LEFT JOIN actors tgt ON tgt.id = et.actor_id
"""

QUOTES_FLAT = """
CREATE VIEW quotes_flat AS
SELECT
    a.id || '#' || q.local_id AS quote_id,
    a.id AS article_id,
    q.kind AS kind, q.cue_class AS cue_class,
    q.speaker_text AS speaker, sp.name AS speaker_name, sp.country AS speaker_country,
    sp.sector AS speaker_sector,
    q.cue_text AS cue, q.content_text AS content,
    q.date_value AS date, q.date_start AS date_start, q.date_end AS date_end,
    q.date_precision AS date_precision, q.rule AS rule,
    a.title AS title, a.publisher AS publisher, a.url AS url, a.path AS path,
    a.document_date AS document_date
FROM quotes q
JOIN articles a ON a.pk = q.article_pk
LEFT JOIN actors sp ON sp.id = q.speaker_actor_id
"""

VIEWS = {"events_flat": EVENTS_FLAT, "quotes_flat": QUOTES_FLAT}


def create_statements() -> list[str]:
    """Statements that (re)create every view."""
    out: list[str] = []
    for name, body in VIEWS.items():
        out += [f"DROP VIEW IF EXISTS {name}", body.strip()]
    return out
