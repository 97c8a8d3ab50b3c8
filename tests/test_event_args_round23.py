"""Round 23 (ev23a, judged round 17 and dev stories: legal and other acts told in a relative
clause lost their source): the relative pronoun subject of an active relative clause stands for
the actor the clause describes ("the court, which convicted ...", "Russia, which invaded ...";
``events.args.relative-subject.v1``), for force and legal acts only. Before, such acts had no
source and were dropped. An international body takes no target from its own code
(``events.args.international-no-home.v1``)."""

from __future__ import annotations

from dateline.record import Record
from tests.event_records import names_of as _names
from tests.event_records import record_of as _record

RELATIVE_SUBJECT = "events.args.relative-subject.v1"


def _on(record: Record, word: str):  # type: ignore[no-untyped-def]
    found = [e for e in record.events if e.trigger.text == word]
    assert found, [(e.type, e.trigger.text) for e in record.events]
    return found[0]


def test_court_which_convicted_is_the_source(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("A Cairo court, which convicted the blogger in March, rejected his appeal.")
    event = _on(record, "convicted")
    assert _names(record, event.source) == ["Cairo court"]
    assert _names(record, event.target) == ["blogger"]
    assert RELATIVE_SUBJECT in event.rule


def test_country_which_invaded_is_the_source(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Russia, which invaded Georgia in 2008, denied the report.")
    event = _on(record, "invaded")
    assert _names(record, event.source) == ["Russia"]
    assert _names(record, event.target) == ["Georgia"]


def test_police_who_arrested_are_the_source(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Kenyan police, who arrested six students on Monday, gave no reason.")
    event = _on(record, "arrested")
    assert _names(record, event.source) == ["Kenyan police"]
    assert RELATIVE_SUBJECT in event.rule


def test_meeting_in_a_relative_takes_no_source(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The Iranian foreign minister, who met his Omani counterpart in Muscat, "
                     "praised the talks.")
    assert not any(RELATIVE_SUBJECT in e.rule for e in record.events)


def test_rebels_who_kidnapped_are_the_source(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The Houthi rebels, who kidnapped two Yemeni aid workers, demanded money.")
    event = _on(record, "kidnapped")
    assert _names(record, event.source) == ["Houthi rebels"] or "Houthi" in " ".join(
        _names(record, event.source))
    assert RELATIVE_SUBJECT in event.rule


def test_relative_on_a_thing_gives_no_source(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The ceasefire that ended the fighting was signed in Doha.")
    assert not any(RELATIVE_SUBJECT in e.rule for e in record.events)


def test_passive_relative_keeps_its_agent(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The activist, who was convicted by a military court, was freed.")
    event = _on(record, "convicted")
    assert _names(record, event.source) == ["military court"]
    assert _names(record, event.target) == ["activist"]
    assert RELATIVE_SUBJECT not in event.rule


def test_fighting_for_life_gives_no_source(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("A nurse from Ghana who has been fighting for her life was flown home.")
    assert not any(RELATIVE_SUBJECT in e.rule for e in record.events)


def test_passive_found_murdered_is_no_source(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Maria Lopez, who was found murdered at her home on Monday, was buried.")
    assert not any(RELATIVE_SUBJECT in e.rule for e in record.events)
    assert not any(_names(record, e.source) == ["Maria Lopez"] for e in record.events)


def test_coordinated_relative_verb_shares_the_source(nlp) -> None:  # type: ignore[no-untyped-def]
    # wave 30: "seized the town" is now ASSAULT and would fold with "attacked" (same type)
    record = _record("Boko Haram, which seized the weapons and attacked Nigerian troops, "
                     "vowed more.")
    event = _on(record, "attacked")
    assert _names(record, event.source) == ["Boko Haram"]


# --- events.args.international-no-home.v1 ------------------------------------------------------


def test_un_investigating_is_not_its_own_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("A year ago the UN began investigating alleged war crimes.")
    event = _on(record, "investigating")
    assert event.target == []


def test_national_parliament_approving_names_no_party(nlp) -> None:  # type: ignore[no-untyped-def]
    # Until session 111 the parliament's own country was the target; judged rounds 41-116 called
    # 18 of 23 such approvals and welcomes wrong (events.args.measure-no-party.v1).
    record = _record("The Belgian parliament approved the reforms on Friday.")
    event = _on(record, "approved")
    assert _names(record, event.source) == ["Belgian parliament"]
    assert event.target == []
    assert "events.args.measure-no-party.v1" in event.rule


def test_restrictive_relative_gives_no_source(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Officers said a militia that shelled the market last year had left Goma.")
    assert not any(RELATIVE_SUBJECT in e.rule for e in record.events)
