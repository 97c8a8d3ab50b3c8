"""Parsers of the agents dictionary (PLOVER/Phoenix agents) and PETRARCH's discard phrases.

Agents: ``!NAME! = A, B, C`` defines a substitution; an entry is ``PHRASE {ALTERNATE FORMS}
[~CODE] # comment``, where ``!NAME!`` in the phrase is replaced by each of its values, glued
(``CATTLE!PERSON!`` -> cattleman, cattlemen, ...). Discards: one phrase a line, ``+`` first for
a phrase that discards the whole story (otherwise the sentence).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

from dateline.fielddicts import Agent, Discard
from dateline.fieldimport.report import Report, code_parts, dictionary_phrase, strip_comment

SUBSTITUTION = re.compile(r"^!(?P<name>[A-Z]+)!\s*=\s*(?P<values>.+)$")
ENTRY = re.compile(
    r"^(?P<phrase>[^\[{]+?)\s*(?:\{(?P<alternates>[^}]*)\})?\s*\[~?(?P<code>[A-Z0-9]*)\]\s*$"
)
MARK = re.compile(r"!([A-Z]+)!")


def parse_agents(
    text: str, source: Literal["ngec", "phoenix"], report: Report
) -> list[Agent]:
    """Every entry of an agents file; problems go to ``report``."""
    substitutions: dict[str, list[str]] = {}
    agents: list[Agent] = []
    for number, line in enumerate(text.splitlines(), start=1):
        content = strip_comment(line).strip()
        if not content:
            continue
        definition = SUBSTITUTION.match(content)
        if definition is not None:
            values = [v.strip() for v in definition["values"].split(",") if v.strip()]
            substitutions[definition["name"]] = values
            continue
        agent = _entry(number, line, content, substitutions, source, report)
        if agent is not None:
            agents.append(agent)
    return agents


def _entry(
    number: int,
    line: str,
    content: str,
    substitutions: dict[str, list[str]],
    source: Literal["ngec", "phoenix"],
    report: Report,
) -> Agent | None:
    match = ENTRY.match(content)
    if match is None or not match["code"]:
        report.error(number, "not an entry PHRASE {FORMS} [~CODE]", line)
        return None
    raw_phrase = match["phrase"].strip()
    unknown = [m for m in MARK.findall(raw_phrase) if m not in substitutions]
    if unknown:
        report.error(number, f"unknown substitution !{unknown[0]}!", line)
        return None
    if " " in raw_phrase.replace("! ", "!"):
        report.warn(number, "blank inside a phrase read as a word break", line)
    forms = _expand(raw_phrase, substitutions)
    for alternate in (match["alternates"] or "").split():
        forms.extend(f for f in _expand(alternate, substitutions) if f not in forms)
    code = match["code"]
    return Agent(
        phrase=forms[0], forms=tuple(forms), code=code, sectors=code_parts(code),
        person="!PERSON!" in raw_phrase, exact=raw_phrase.endswith("_"),
        source=source, line=number,
    )


def _expand(raw: str, substitutions: dict[str, list[str]]) -> list[str]:
    """The phrase with each substitution value put in place of its ``!NAME!``, lower case."""
    variants = [raw]
    for name in MARK.findall(raw):
        variants = [v.replace(f"!{name}!", value, 1) for v in variants
                    for value in substitutions[name]]
    forms: list[str] = []
    for variant in variants:
        phrase = dictionary_phrase(variant)[0]
        if phrase and phrase not in forms:
            forms.append(phrase)
    return forms


def merge_agents(preferred: Iterable[Agent], fallback: Iterable[Agent]) -> list[Agent]:
    """The preferred entries, then fallback entries none of whose forms the preferred has."""
    merged = list(preferred)
    known = {form for agent in merged for form in agent.forms}
    for agent in fallback:
        if not known.intersection(agent.forms):
            merged.append(agent)
            known.update(agent.forms)
    return merged


def parse_discards(text: str, report: Report) -> list[Discard]:
    """Every discard phrase; problems go to ``report``."""
    discards: list[Discard] = []
    for number, line in enumerate(text.splitlines(), start=1):
        content = strip_comment(line).strip()
        if not content:
            continue
        scope: Literal["sentence", "story"] = "story" if content.startswith("+") else "sentence"
        phrase, exact = dictionary_phrase(content.lstrip("+"))
        if not phrase or "[" in phrase:
            report.error(number, "not a discard phrase", line)
            continue
        discards.append(Discard(phrase, scope, exact, number))
    return discards
