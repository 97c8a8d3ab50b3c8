"""Royals whose full name the recogniser takes for a site, or whose names a patronymic particle
joins ("Prince Hamzah bin Hussein"): a person, so the events on them keep their target
(actors.person.royal-title-full-name.v1). Round 41's judge found the accused prince lost."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from dateline.stages.actor_state import ROYAL_FULL_NAME_RULE, royal_names
from tests.event_records import event_on, names_of, record_of


def test_prince_with_patronymic_is_the_accused() -> None:
    text = ("Jordan accused Prince Faisal bin Khalid, the king's cousin, on Sunday of plotting "
            "against the throne.")
    record = record_of(text)
    accused = event_on(text, "accused")
    assert names_of(record, accused.target) == ["Faisal bin Khalid"]
    actor = record.actor(accused.target[0])
    assert actor is not None and actor.kind == "person"


def test_royal_the_recogniser_labels_a_site(nlp: Any) -> None:
    """The recogniser sometimes labels such a name FAC; its tokens are still the royal's."""
    doc = nlp("Officials questioned Prince Karim bin Nasser on Monday.")
    doc.ents = [Span(doc, 2, 6, label="FAC")]
    assert [(doc[s:e].text, rule) for _, s, e, _, rule in royal_names(doc, set())] == [
        ("Karim bin Nasser", ROYAL_FULL_NAME_RULE)]


def test_titled_site_with_a_site_word_is_no_royal(nlp: Any) -> None:
    doc = nlp("Flights resumed at King Karim International Airport.")
    doc.ents = [Span(doc, 3, 7, label="FAC")]
    assert royal_names(doc, set()) == []


def test_titled_airport_is_no_royal() -> None:
    record = record_of("Flights resumed at King Fahd International Airport on Monday.")
    assert not [a for a in record.actors if a.kind == "person"]


def test_particle_needs_a_name_after_it() -> None:
    record = record_of("Queen Rania spoke in Amman, bin collections were suspended.")
    assert [a.name for a in record.actors if a.kind == "person"] == ["Rania"]
