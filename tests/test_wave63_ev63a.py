"""Wave 63, ev63a: a group named by a common noun that a quantity word counts is a party.

- actors.description.counted-group.v1 / events.args.counted-group.v1: "a group of militants",
  "dozens of youths", "hundreds of gunmen" that are the subject (or "by" agent) of an act: the
  group word, the object of the quantity's "of", is made an actor as the bare group word would
  be ("Militants stormed ..."), and the act takes it as its source.
- Near misses: a quantity of a word that is no group ("a group of countries" is left to the
  lexicon), a counted group that takes no part in an act ("with a group of fighters"), and the
  bare group word, whose rule does not change.
"""

from __future__ import annotations

from tests.event_records import party_events, record_of

RULE = "events.args.counted-group.v1"


_events = party_events


def _event(text: str, trigger: str) -> tuple[str, str, list[str], list[str], str]:
    return next(e for e in _events(text) if e[1] == trigger)


def test_group_of_subject_is_source() -> None:
    kind, _, source, _, rule = _event(
        "A group of militants stormed an army post in eastern Congo on Sunday.", "stormed")
    assert kind == "ASSAULT"
    assert source == ["militants"]
    assert RULE in rule


def test_dozens_of_subject_is_source() -> None:
    kind, _, source, _, rule = _event(
        # not "attacked the offices of the election board": a crowd attacking a seat of authority
        # riots (PROTEST, sense.crowd-attack-seat, wave 106), and the crowd rules read its source
        "Dozens of youths attacked a bus carrying election officials in Kano.", "attacked")
    assert kind == "ASSAULT"
    assert source == ["youths"]
    assert RULE in rule


def test_hundreds_of_subject_is_source() -> None:
    _, _, source, _, rule = _event(
        "Hundreds of gunmen raided a farming village in central Mali overnight.", "raided")
    assert source == ["gunmen"]
    assert RULE in rule


def test_bare_group_word_unchanged() -> None:
    _, _, source, _, rule = _event(
        "Militants stormed an army post in eastern Congo on Sunday.", "stormed")
    assert source == ["Militants"]
    assert RULE not in rule


def test_counted_group_taking_no_part_is_no_actor() -> None:
    record = record_of("The envoy held a video call with a group of fighters in Syria.")
    assert not any(a.name == "fighters" for a in record.actors)


def test_group_with_country_unchanged() -> None:
    events = _events("A group of Kenyan soldiers attacked a rebel camp near the border.")
    assert all(RULE not in e[4] for e in events)
