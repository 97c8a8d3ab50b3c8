"""Speed-only changes of round 12 (issue 11, throughput): each keeps what the code it replaces
gave, and these tests pin that (the records of real-length news are compared by
``bench/record_identity.py``)."""

from __future__ import annotations

from typing import Any

import pytest

TEXT = ("King Harald of Norway met President Sauli Niinisto in Helsinki on Monday. "
        "The king said the talks in Oslo would go on. Queen Sonja visited Bergen.")


def test_actor_word_sets_are_the_word_lists_built_once() -> None:
    from dateline.lexicons import LexiconData, using
    from dateline.stages import actor_context

    with using(LexiconData()):
        for key in ("monarch_titles", "monarchies", "locating_preps", "corporate_suffixes"):
            found = actor_context._word_set(key)
            assert found == set(actor_context._words(key)) and found
            assert actor_context._word_set(key) is found  # kept, not built again
        assert actor_context.monarch_title("the crown prince")
        assert actor_context.monarch_title("King") and not actor_context.monarch_title("Minister")


@pytest.mark.model
def test_title_words_are_the_tokens_monarch_title_takes(nlp: Any) -> None:
    from dateline.lexicons import LexiconData, using
    from dateline.stages.actor_context import monarch_title
    from dateline.stages.actor_state import _title_words

    doc = nlp.make_doc(TEXT)
    with using(LexiconData()):
        found = _title_words(doc)
        assert [t.i for t in found] == [t.i for t in doc if monarch_title(t.lower_)]
    assert [t.text for t in found] == ["King", "king", "Queen"]


@pytest.mark.model
def test_title_tests_read_the_words_before_a_span(nlp: Any) -> None:
    from dateline.lexicons import LexiconData, using
    from dateline.stages.actor_titles import ends_a_title, title_ends_in

    doc = nlp("He is a Member of Parliament. The Secretary of State spoke.")
    with using(LexiconData()):
        parliament = doc[5:6]
        assert parliament.text == "Parliament" and title_ends_in(parliament)
        state = doc[10:11]
        assert state.text == "State" and ends_a_title(state)
        assert not title_ends_in(doc[0:1])


def test_sense_rules_for_an_entry_are_those_that_can_apply() -> None:
    from dateline.stages import senses

    rules = senses.sense_rules()
    typed = [r for r in rules if "types" in r.conditions]
    assert typed, "the sense rules have rules on entry types"
    kind = next(iter(typed[0].conditions["types"]))
    lemma = next(iter(typed[0].conditions["lemma"])) if "lemma" in typed[0].conditions else "x"
    entry = _entry(kind)
    kept = senses._rules_for_entry(lemma, entry)
    assert typed[0] in kept
    every = senses._rules_for(lemma)
    assert [r for r in every if r in kept] == list(kept)  # the same order
    for rule in every:  # a rule left out is one whose types turn the entry down
        if rule not in kept:
            assert kind not in rule.conditions["types"]
    none = senses._rules_for_entry(lemma, None)
    assert all(r.then != "none" and "types" not in r.conditions and "lemma" in r.conditions
               for r in none)
    other = _entry("no-such-type")
    assert all("types" not in r.conditions for r in senses._rules_for_entry(lemma, other))


def _entry(kind: str) -> Any:
    from dateline.stages.event_lexicon import TriggerEntry

    return TriggerEntry(rule="events.test.v1", type=kind.upper(), mode=None, cameo=None,
                        lemma="x", pos="VERB", particle=None, objects=None, target_preps=(),
                        symmetric=False, confidence=0.7, origin="test")


def test_clause_words_are_kept_per_key() -> None:
    from dateline.lexicons import LexiconData, using
    from dateline.stages.syntax import words

    with using(LexiconData()) as data:
        found = words("hedges")
        assert found and words("hedges") is found
        assert found == frozenset(str(w) for w in data.section("clauses")["hedges"])
    with using(LexiconData()):
        assert words("hedges") == found  # another lexicon, its own table


@pytest.mark.model
def test_a_typed_doc_has_no_place_span_group_and_a_plain_one_has(nlp: Any) -> None:
    from dateline.stages import state
    from dateline.stages.places import PLACES_KEY, SPANS_KEY, places_of

    typed = nlp(state.keep_typed(state.set_inputs(nlp.make_doc(TEXT), "2024-11-09")))
    plain = nlp(state.set_inputs(nlp.make_doc(TEXT), "2024-11-09"))
    assert SPANS_KEY not in typed.spans  # span groups are for serialisable docs
    assert [s.kb_id_ for s in plain.spans[SPANS_KEY]]
    assert typed.user_data[PLACES_KEY] == plain.user_data[PLACES_KEY]
    assert places_of(typed) == places_of(plain)
