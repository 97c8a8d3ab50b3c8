"""Wave 73, ev73d: a pronoun in the words of a speaker the text names is that speaker, not the
latest party of an earlier sentence (round 43 judges: the wrong antecedent of "it"/"they").

- A speaker that is no actor: its "it"/"they" is left with no party, so the act it does has
  no source and no event (actors.pronoun.unnamed-speaker.v1).
- A speaker in a relative clause ("the gunmen, who say they ..."): the noun the clause hangs
  on (actors.pronoun.relative-speaker.v1).
- Near misses keep their antecedent: a speaker that is an actor, a document that speaks for
  its issuer, a pronoun in no speech verb's words, a person's "he".
"""

from __future__ import annotations

import pytest

from tests.event_records import party_events

LEAD = "The Moldovan government published the final count on Monday. "


def _sources(text: str, trigger: str) -> list[list[str]]:
    return [source for _, word, source, _, _ in party_events(text) if word == trigger]


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("The opposition bloc said it would not accept the outcome.", "accept"),
    ("The streaming firm said it had removed the accounts and was cooperating with the police.",
     "cooperating"),
    ("The farmers' union said they would block the main roads into the capital.", "block"),
])
def test_unnamed_speaker_gives_no_earlier_party(sentence: str, trigger: str) -> None:
    for source in _sources(LEAD + sentence, trigger):
        assert "Moldova government" not in source and "Moldovan government" not in source


def test_relative_speaker_is_the_noun_it_hangs_on() -> None:
    text = ("Algerian officials described the situation as grave. The militants, who say they "
            "serve a Saharan commander, stormed the gas plant on Wednesday.")
    [source] = _sources(text, "stormed")
    assert source == ["militants"]


@pytest.mark.parametrize(("sentence", "trigger", "party"), [
    # a speaker that is an actor keeps the pronoun
    ("The Kremlin said it would expel two Moldovan diplomats.", "expel", "Kremlin"),
    # a speaker phrase holding a name: the name, as before
    ("The Baltic state of Estonia says it will expel two Moldovan diplomats.", "expel",
     "Estonia"),
    # the pronoun in no speech verb's words keeps the earlier party
    ("It accused the opposition of fraud.", "accused", "Mold"),
])
def test_near_misses_keep_their_source(sentence: str, trigger: str, party: str) -> None:
    [source] = _sources(LEAD + sentence, trigger)
    assert any(party in name for name in source), source


def test_document_speaks_for_its_issuer() -> None:
    text = LEAD + "A statement said it would expel two Romanian diplomats."
    sources = _sources(text, "expel")
    assert all(s for s in sources)  # the statement does not block the issuer
