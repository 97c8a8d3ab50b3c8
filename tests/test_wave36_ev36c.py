"""Wave 36 (ev36c: sources of nominal and passive events the sentence names in a form the argument
finders did not read).

- ``events.args.party-modifier.v1``: "an army attack", "a police raid", "the worst militant
  attack": the modifier of an act noun naming a kind of party is its source; not an agent word
  ("terrorist attacks"), not after a side prefix, not when a verb has the act as object.
- ``events.args.party-agent.v1``: "abducted by a group of militants", "attacks by
  jihadists": the "by" phrase's party noun that no actor covers (not a jury: unnamed-court).
- ``events.args.series-doer.v1``: "the latest in a wave of violence unleashed by X".
- ``events.args.act-doer-by.v3``: planning and claiming an attack are doing it.
- ``events.args.sentence-protesters.v1``: a protest noun takes the protesters its sentence
  names, never a speaker or counter-protesters.

Sentences are our own, not the stories'."""

from __future__ import annotations

from tests.event_records import names_of, record_of, trigger_event

PARTY_MODIFIER = "events.args.party-modifier.v1"
PARTY_AGENT = "events.args.party-agent.v1"
SERIES = "events.args.series-doer.v1"
DOER_BY = "events.args.act-doer-by.v3"
PROTESTERS = "events.args.sentence-protesters.v1"


def _source(text: str, trigger: str) -> tuple[list[str], list[str | None], str]:
    record = record_of(text)
    event = trigger_event(record, trigger)
    countries = [a.country for i in event.source if (a := record.actor(i)) is not None]
    return names_of(record, event.source), countries, event.rule


def test_a_party_modifier_is_the_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    names, countries, rule = _source("A rebel offensive began on Monday in Colombia.",
                                     "offensive")
    assert (names, countries) == (["rebel"], ["COL"])
    assert PARTY_MODIFIER in rule


def test_a_militant_attack_takes_no_country_from_the_article(nlp) -> None:  # type: ignore[no-untyped-def]
    names, countries, rule = _source(
        "Sweden raised its alert level. The incident at the party's headquarters marked the "
        "worst militant attack in years, Foreign Minister Margot Wallstrom said.", "attack")
    assert (names, countries) == (["militant"], [None])
    assert PARTY_MODIFIER in rule


def test_a_police_raid(nlp) -> None:  # type: ignore[no-untyped-def]
    names, _, rule = _source("A police raid on the office took place overnight.", "raid")
    assert names == ["police"]
    assert PARTY_MODIFIER in rule


def test_an_agent_word_is_the_kind_of_act_not_its_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    record = record_of("A terrorist attack killed four people in the city on Monday.")
    assert all(PARTY_MODIFIER not in e.rule for e in record.events)


def test_an_anti_prefix_names_the_aim(nlp) -> None:  # type: ignore[no-untyped-def]
    record = record_of("Anti-government protests spread across Kenya on Monday.")
    assert all(PARTY_MODIFIER not in e.rule for e in record.events)


def test_a_modifier_gives_way_to_the_verb_of_the_act(nlp) -> None:  # type: ignore[no-untyped-def]
    record = record_of("Chile and Bulgaria began carrying out military drills on Monday.")
    assert all(PARTY_MODIFIER not in e.rule for e in record.events)


def test_a_patient_modifier_is_not_the_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    record = record_of("Opposition arrests continued in Minsk on Monday.")
    assert all(PARTY_MODIFIER not in e.rule for e in record.events)


def test_a_party_noun_in_a_passive_by_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    names, countries, rule = _source("Two aid workers were abducted by a group of militants "
                                     "in Mali.", "abducted")
    assert (names, countries) == (["militants"], ["MLI"])
    assert PARTY_AGENT in rule


def test_a_jury_is_left_to_the_unnamed_court_rule(nlp) -> None:  # type: ignore[no-untyped-def]
    names, _, rule = _source("The former mayor was convicted by a federal jury on Monday.",
                             "convicted")
    assert names == []
    assert PARTY_AGENT not in rule


def test_an_attack_planned_by_jihadists(nlp) -> None:  # type: ignore[no-untyped-def]
    names, _, rule = _source("The attacks were planned by jihadists.", "attacks")
    assert names == ["jihadists"]
    assert DOER_BY in rule


def test_an_attack_in_a_wave_unleashed_by_extremists(nlp) -> None:  # type: ignore[no-untyped-def]
    names, _, rule = _source("The attack in the capital on Monday was the latest in a wave of "
                             "violence unleashed by Islamic extremists.", "attack")
    assert names == ["Islamic extremists"]
    assert SERIES in rule


def test_a_copula_without_a_doer_names_none(nlp) -> None:  # type: ignore[no-untyped-def]
    names, _, rule = _source("The attack on Monday was the worst in a decade.", "attack")
    assert names == []
    assert SERIES not in rule


def test_the_protesters_of_the_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    names, _, rule = _source("Solvang said police were trying to negotiate with protesters "
                             "when the protest became violent.", "protest")
    assert names == ["protesters"]
    assert PROTESTERS in rule


def test_speaking_protesters_did_not_hold_it(nlp) -> None:  # type: ignore[no-untyped-def]
    record = record_of("Protesters say the officers were looking for people who joined the "
                       "demonstrations last week.")
    assert all(PROTESTERS not in e.rule for e in record.events)


def test_counter_protesters_did_not_hold_the_rally(nlp) -> None:  # type: ignore[no-untyped-def]
    record = record_of("The rally turned violent when neo-Nazis clashed with "
                       "counter-protesters.")
    assert all(PROTESTERS not in e.rule for e in record.events)
