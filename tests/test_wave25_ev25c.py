"""Wave 25, ev25c: wrong source actors (judged rounds 16-18).

A person named only by the harm he did ("the gunman", "the attacker") is not the person last
named (actors.description.unnamed-doer.v1); a he / she / they / it subject inside a speaker's
own quoted words, left unresolved, does not take that speaker as its antecedent
(events.args.quoted-third-person.v1). Controls guard a
"he" in reported speech and an expletive "it" in a quote. Sentences are our own."""

from __future__ import annotations

from tests.event_records import event_of as _event
from tests.event_records import events_on as _events_on
from tests.event_records import names_of as _names
from tests.event_records import record_of as _record


def test_gunman_is_not_the_person_last_named(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Opposition leader Karim Daoud was visiting a market on Sunday. The gunman "
                     "shot at Daoud and his driver, police said.")
    event = _event(record, "ASSAULT", "shot")
    assert "Karim Daoud" not in _names(record, event.source)
    assert "gunman" in _names(record, event.source)


def test_attacker_arrested_is_not_the_minister_telling_of_it(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Interior Minister Pavel Horak described the raid on Monday. The attacker "
                     "was arrested by police in Prague, Horak said.")
    event = _event(record, "COERCE", "arrested")
    assert "Pavel Horak" not in _names(record, event.target)


def test_quoted_they_is_not_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The army commander Kim Lee spoke to reporters. \"They fired two rockets and were "
            "then met with fire from Chinese forces, and they surrendered,\" he told AFP.")
    record = _record(text)
    for event in _events_on(text, "fired"):
        assert "Kim Lee" not in _names(record, event.source)


def test_reported_he_stays_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Lavrov said he would meet Kerry in Geneva on Monday.")
    event = _event(record, "CONSULT", "meet")
    assert _names(record, event.source) == ["Lavrov"]


def test_quoted_expletive_it_keeps_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("\"It is normal to continue targeting the militants,\" Colonel Ali Maati "
                     "told AFP.")
    event = _event(record, "ASSAULT", "targeting")
    assert _names(record, event.source) == ["Ali Maati"]
