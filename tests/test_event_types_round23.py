"""Issue 11, wave 23 (ev23d): acts a noun of evidence under "no" tells are negated
(events.modality.no-evidence.v1), the "that" clause of a noun of statement under a hypothetical
is hypothetical (events.modality.content-clause.v1), and a legal act whose agent is a court or
jury the actors stage does not name stands with no source (events.args.unnamed-court.v1).
Sentences are ours."""

from __future__ import annotations

import pytest

from tests.event_records import countries_of, record_of


def _events(text: str, word: str) -> list[tuple[str, str, str]]:
    """(type, modality, rules) of the events on ``word``."""
    record = record_of(text)
    return [(e.type, e.modality, e.rule) for e in record.events if e.trigger.text == word]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("There were no reports the Syrian army had used chemical weapons.", "used"),
        ("There is no evidence Russian troops shelled the Ukrainian village.", "shelled"),
        ("Chad said there was no evidence the Libyan prisoners were tortured.", "tortured"),
        ("Kenya found no evidence Somali militants had attacked the convoy.", "attacked"),
    ],
)
def test_no_evidence_negates_the_act(text: str, word: str) -> None:
    found = _events(text, word)
    assert found, "the act is still coded"
    assert all(modality == "negated" for _, modality, _ in found)
    assert any("events.modality.no-evidence.v1" in rules for _, _, rules in found)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Reports say Syrian troops used chemical weapons near Homs.", "used"),
        ("There is evidence Russian troops shelled the Ukrainian village.", "shelled"),
        ("There was no indication the Russian cyber attack on Estonia had done damage.",
         "attack"),
    ],
)
def test_evidence_without_no_keeps_the_act(text: str, word: str) -> None:
    found = _events(text, word)
    assert found
    assert all(modality == "asserted" for _, modality, _ in found)


def test_content_clause_of_a_hypothetical_noun_is_hypothetical() -> None:
    found = _events("Iraq would need an official U.N. declaration that Syrian troops have used "
                    "chemical weapons.", "used")
    assert found
    assert all(modality == "hypothetical" for _, modality, _ in found)
    assert any("events.modality.content-clause.v1" in rules for _, _, rules in found)


def test_relative_clause_of_a_statement_noun_keeps_its_reading() -> None:
    # "that" here is the relative pronoun, no content clause: the shelling is told as a fact
    found = _events("Iraq would publish a statement on the town that Syrian troops shelled "
                    "last week.", "shelled")
    assert all(modality != "hypothetical" for _, modality, _ in found)


@pytest.mark.parametrize(
    ("text", "word", "kind", "target"),
    [
        ("A federal grand jury indicted former California Attorney General Bill Lockyer on "
         "Tuesday.", "indicted", "ACCUSE", "USA"),
        ("The seven Mexican suspects were indicted by a federal grand jury in Phoenix.",
         "indicted", "ACCUSE", "MEX"),
        ("A jury in Paris convicted the French minister of fraud.", "convicted", "SANCTION",
         "FRA"),
    ],
)
def test_legal_act_of_an_unnamed_court_stands_without_source(text: str, word: str, kind: str,
                                                             target: str) -> None:
    record = record_of(text)
    found = [e for e in record.events if e.trigger.text == word]
    assert [e.type for e in found] == [kind]
    assert not found[0].source
    assert target in countries_of(record, found[0].target)
    assert "events.args.unnamed-court.v1" in found[0].rule


def test_legal_act_of_an_unnamed_committee_stays_dropped() -> None:
    # only courts, juries and prosecutors: a committee's "indictment" is a figure of speech
    assert not _events("The committee indicted the French minister.", "indicted")


def test_unnamed_court_needs_a_target() -> None:
    assert not _events("A federal grand jury indicted on Tuesday.", "indicted")


@pytest.mark.parametrize(
    ("text", "word", "kind", "source"),
    [
        ("The Syrian army, which shelled the Turkish town, said nothing.", "shelled", "ASSAULT",
         "SYR"),
        ("The Kenyan court, which convicted the former Guyanese president, met again.",
         "convicted", "SANCTION", "KEN"),
        ("Boko Haram, which attacked the Nigerian village, issued a statement.", "attacked",
         "ASSAULT", "NGA"),
    ],
)
def test_relative_pronoun_subject_takes_its_antecedent(text: str, word: str, kind: str,
                                                       source: str) -> None:
    record = record_of(text)
    found = [e for e in record.events if e.trigger.text == word]
    assert [e.type for e in found] == [kind]
    assert source in countries_of(record, found[0].source)
    assert "events.args.relative-subject.v1" in found[0].rule
