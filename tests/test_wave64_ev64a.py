"""Wave 64, ev64a: a state's own body named through the state is an actor of its own.

- actors.organization.state-owned-body.v1: "Ghana's electoral commission", "Fiji's human rights
  watchdog", "a Kenyan broadcasting station": a body head word with a state as its possessor or
  modifier is the body, coded with the state's country (and the sector its words give), so the
  act stands with the body as source (ev62c left such subjects with no source) or target.
- Near misses: a person's or an unnamed owner's body ("the country's"), a head that needs a
  sector and gets none ("a Chinese space station"), a body the lexicon codes already ("Ghana's
  foreign ministry"), a person's relatives (no source, as ev62c).
"""

from __future__ import annotations

from typing import Any

from dateline import extract

DATE = "2023-06-15"
RULE = "actors.organization.state-owned-body.v1"


def _record(text: str) -> dict[str, Any]:
    return dict(extract(text, date=DATE).to_dict())


def _events(text: str) -> list[tuple[str, str, list[tuple[str, str | None, str]],
                                     list[tuple[str, str | None, str]]]]:
    record = _record(text)
    actors = {a["id"]: (a["name"], a["country"], a["rule"]) for a in record["actors"]}
    return [(e["type"], e["trigger"]["text"], [actors[i] for i in e["source"]],
             [actors[i] for i in e["target"]]) for e in record["events"]]


def _event(text: str, trigger: str) -> Any:
    return next(e for e in _events(text) if e[1] == trigger)


def test_possessed_commission_is_the_source() -> None:
    event = _event("Ghana's electoral commission called on the parties to respect the count.",
                   "called")
    assert event[2] == [("Ghana's electoral commission", "GHA", RULE)]


def test_possessed_watchdog_with_multiword_state() -> None:
    event = _event("Sierra Leone's anti-graft watchdog accused the mayor of fraud.", "accused")
    assert [(s[1], s[2]) for s in event[2]] == [("SLE", RULE)]
    assert "watchdog" in event[2][0][0]


def test_demonym_agency_is_the_source() -> None:
    event = _event("A Nigerian anti-corruption agency accused the governor of theft.",
                   "accused")
    assert [(s[1], s[2]) for s in event[2]] == [("NGA", RULE)]


def test_body_as_target() -> None:
    event = _event("The president urged Ghana's electoral commission to delay the vote.",
                   "urged")
    assert [(t[1], t[2]) for t in event[3]] == [("GHA", RULE)]


def test_sector_from_words_or_head() -> None:
    record = _record("Ghana's electoral commission called on the parties to respect the count.")
    body = next(a for a in record["actors"] if a["rule"] == RULE)
    assert body["sector"] == "GOV"


def test_station_needs_a_sector() -> None:
    record = _record("A Chinese space station passed over the capital on Monday.")
    assert not any(a["rule"] == RULE for a in record["actors"])


def test_unnamed_owner_left_alone() -> None:
    record = _record("The country's electoral commission called on the parties to wait.")
    assert not any(a["rule"] == RULE for a in record["actors"])


def test_lexicon_body_unchanged() -> None:
    event = _event("Ghana's foreign ministry called on the parties to respect the count.",
                   "called")
    assert [(s[1], s[2]) for s in event[2]] == [("GHA", "actors.organization.v1")]


def test_relatives_stay_without_source() -> None:
    assert not any(e[1] == "asked" and e[2] for e in
                   _events("Mensah's brother asked the court to free him."))
