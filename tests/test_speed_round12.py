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


def _prose_counts_by_step(text: str) -> tuple[int, int, int]:
    """What ``check_prose`` counted before round 12, one Python step per character."""
    visible = [char for char in text if not char.isspace()]
    letters = [char for char in visible if char.isalpha()]
    odd = sum(1 for char in visible if "\u0080" <= char <= "\u00ff" or char == "\ufffd")
    return len(visible), len(letters), odd


@pytest.mark.parametrize("text", [
    "Plain ASCII prose, with 12 digits and punctuation!",
    "Café, naïve résumé \u00a0non-breaking\u0085next line, Ｆｕｌｌwidth, Ωμέγα, 東京, \ufffd",
    "spaces\x1c\x1d\x1e\x1f\u2028\u3000between ſ K ² ½ Ⅻ \U0001d400 \U0001f600",
    "",
])
def test_prose_counts_are_those_of_one_step_per_character(text: str) -> None:
    import importlib

    clean = importlib.import_module("dateline.ingest.clean")
    visible, letters, odd = _prose_counts_by_step(text)
    assert len("".join(text.split())) == visible
    assert len(text.encode("ascii", "ignore").translate(None, clean.NOT_ASCII_LETTERS)) + sum(
        map(str.isalpha, clean.NOT_ASCII.findall(text))) == letters
    assert len(clean.ODD_CHARACTER.findall(text)) == odd


def test_prose_checks_still_refuse_figures_and_mojibake() -> None:
    from dateline.errors import NotProse
    from dateline.ingest.clean import check_prose

    check_prose("The minister said the talks would resume on Monday in Geneva. " * 3)
    with pytest.raises(NotProse, match="letters"):
        check_prose("12 345 678 910 -- 11.12.13 / 14:15 ; " * 8)
    with pytest.raises(NotProse, match="mojibake"):
        check_prose("Ã©tÃ© Ã  la Ã§Ã´te " * 12)


@pytest.mark.model
def test_possible_triggers_leave_out_only_words_that_cannot_be_events(nlp: Any) -> None:
    from dateline.stages.event_lexicon import POS_OF, entries_by_lemma, match
    from dateline.stages.events import TRIGGER_POS, possible_triggers

    doc = nlp("The army attacked the village and the talks collapsed after the big strike, "
              "officials said on Monday.")
    found = possible_triggers(doc)
    every = [t for t in doc if t.pos in TRIGGER_POS]
    assert [t.i for t in found] == [t.i for t in every
                                    if t.pos_ == "VERB" or entries_by_lemma().get(
                                        (t.lemma_.lower(), POS_OF[t.pos_]))]
    left_out = [t for t in every if t not in found]
    assert left_out and all(t.pos_ != "VERB" and match(t) is None for t in left_out)
    assert {"attacked", "collapsed"} <= {t.text for t in found}
