"""Round 22 (judged round 17, a party the sentence names left empty): a common noun that the
roles lexicon codes as people ("organizers", "perpetrators", "the international community"),
standing where the event type's target is read, is the target although no unnamed-party word
list holds it (``events.args.role-party.v1``)."""

from __future__ import annotations

from dateline.record import Record
from tests.event_records import names_of as _names
from tests.event_records import record_of as _record

ROLE_PARTY = "events.args.role-party.v1"


def _on(record: Record, word: str):  # type: ignore[no-untyped-def]
    found = [e for e in record.events if e.trigger.text == word]
    assert found, [(e.type, e.trigger.text) for e in record.events]
    return found[0]


def test_told_organizers_targets_them(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Police in Serbia told organizers to call off the march.")
    event = _on(record, "told")
    assert _names(record, event.target) == ["organizers"]
    assert ROLE_PARTY in event.rule


def test_warned_perpetrators_targets_them(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The Egyptian interior ministry warned the perpetrators of the bombing.")
    event = _on(record, "warned")
    assert _names(record, event.target) == ["perpetrators"]


def test_called_on_community_targets_it(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The Ugandan opposition called on the international community to act.")
    event = _on(record, "called")
    assert _names(record, event.target) == ["international community"]
    assert ROLE_PARTY in event.rule


def test_investigating_bombers_targets_them(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Prosecutors in Peru are investigating the bombers.")
    event = _on(record, "investigating")
    assert _names(record, event.target) == ["bombers"]


def test_thing_object_stays_without_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The Ugandan opposition demanded a recount of the votes.")
    event = _on(record, "demanded")
    assert event.target == []
    assert ROLE_PARTY not in event.rule


def test_named_object_is_not_a_role_party(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The Ugandan opposition called on Kenya to act.")
    event = _on(record, "called")
    assert _names(record, event.target) == ["Kenya"]
    assert ROLE_PARTY not in event.rule


def test_requested_role_is_what_is_asked_for(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The Ugandan parliament requested peacekeepers on Monday.")
    event = _on(record, "requested")
    assert event.target == []
    assert ROLE_PARTY not in event.rule


def test_misparsed_clause_subject_is_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parse a tagger gives "warned the perpetrators may be tied to gangs" at times: the
    # clause's subject hung on "warned" as its object, the clause left with none
    from spacy.tokens import Doc

    from dateline.stages.event_domestic import _subjectless_clause

    words = ["officials", "warned", "the", "perpetrators", "may", "be", "tied"]
    heads = [1, 1, 3, 1, 6, 6, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "aux", "auxpass", "ccomp"]
    pos = ["NOUN", "VERB", "DET", "NOUN", "AUX", "AUX", "VERB"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert _subjectless_clause(doc[1])
    heads[3], deps[3] = 6, "nsubjpass"
    parsed = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert not _subjectless_clause(parsed[1])
