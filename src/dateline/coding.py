"""Code actor descriptions without a model: the library behind ``dateline code``.

``code_row("Armenian Prime Minister Nikol Pashinyan")`` reads the lexicon (countries, states,
organisations, titles, the field's agent nouns); with a ``day`` a named person or body at the
end of the description is also looked up in the leaders and Phoenix dictionaries, coded as of
that day ("Barack Obama" on 2020-01-01 is USA ELI).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any

from dateline.stages.actor_lexicon import code_description, words_of
from dateline.stages.actor_people import person_code

__all__ = ["FIELDS", "code_row", "code_rows", "descriptions_from_lines"]

FIELDS = ("text", "country", "sector", "kind", "role", "source")


def code_row(text: str, day: dt.date | None = None) -> dict[str, Any]:
    """One description -> ``{"text", "country", "sector", "kind", "role", "source"}``."""
    code = code_description(text)
    source = ("agents" if code.role_kind == "agent" else "lexicon") \
        if code.country or code.sector else None
    found = _named(text, day)
    if found is not None and (code.country is None or code.country == found.country):
        if code.country is None and found.country is not None:
            code.country, source = found.country, found.source
        if code.sector is None or (found.sector == "ELI" and not code.role):
            code.sector, source = found.sector or code.sector, found.source
        code.kind = code.kind or "person"
    return {"text": text, "country": code.country, "sector": code.sector, "kind": code.kind,
            "role": code.role, "source": source}


def _named(text: str, day: dt.date | None) -> Any:
    """The dictionary entry of the longest run of words ending the description."""
    words = words_of(text)
    for start in range(len(words)):
        found = person_code(" ".join(words[start:]), day)
        if found is not None:
            return found
    return None


def code_rows(texts: Iterable[str], day: dt.date | None = None) -> Iterator[dict[str, Any]]:
    for text in texts:
        yield code_row(text, day)


def descriptions_from_lines(lines: Iterable[str]) -> Iterator[str]:
    """One description per line; blank lines and surrounding whitespace are skipped."""
    for line in lines:
        text = line.strip()
        if text:
            yield text
