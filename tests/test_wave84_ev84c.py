"""Wave 84, ev84c: wrong parties in the target of a violent or coercive act.

events.args.nested-target.v2: a party named only inside another target's phrase is no second
target of an ASSAULT or a COERCE ("a critic of X was shot", "an adviser to X was detained",
"members of a council that had ruled X were detained"): the victim is the target, the rival, the
patron or the state its phrase tells of is not. events.args.nested-target-country.v1: a leader
dropped from a phrase of the victim gives the victim with no country his own. Near misses:
conjoined parties stay targets ("X and Y"), and so do each side's own words ("Malian soldiers
and French troops").

events.args.speaker-not-patient.v1: a bare number or quantifier told under a verb of saying is
not its speaker ("Officials said the four had been tortured"): no target rather than the
speaker; a count told without a speaker before it still takes the group named before.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import countries_of, names_of, record_of, trigger_event

NESTED = "events.args.nested-target.v2"
NESTED_COUNTRY = "events.args.nested-target-country.v1"
SPEAKER = "events.args.speaker-not-patient.v1"


@pytest.mark.parametrize(("text", "trigger", "kept", "dropped"), [
    ("Ana Ruiz, a longtime critic of President Recep Tayyip Erdogan, was shot dead outside "
     "her home on Friday.", "shot", "Ana Ruiz", "Erdogan"),
    ("Police detained Omar Haddad, a former adviser to Prime Minister Benjamin Netanyahu, on "
     "Tuesday.", "detained", "Omar Haddad", "Netanyahu"),
    ("Two ministers and members of the council that had ruled Mali since 2021 were detained "
     "on Monday.", "detained", "ministers", "Mali"),
])
def test_party_inside_target_phrase_is_no_target(text: str, trigger: str, kept: str,
                                                 dropped: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    targets = names_of(record, event.target)
    assert NESTED in event.rule
    assert any(kept in name for name in targets)
    assert not any(dropped in name for name in targets)


def test_dropped_leader_gives_victim_country() -> None:
    record = record_of("Rebels killed several supporters of President Yoweri Museveni on "
                       "Sunday.")
    event = trigger_event(record, "killed")
    assert NESTED_COUNTRY in event.rule
    assert names_of(record, event.target) == ["several supporters"]
    assert countries_of(record, event.target) == {"UGA"}


@pytest.mark.parametrize(("text", "trigger", "parties"), [
    # conjoined parties: each was acted on
    ("The army arrested Omar Haddad and Benjamin Netanyahu on Tuesday.", "arrested",
     ["Omar Haddad", "Netanyahu"]),
    # each side's own adjective is no phrase of the other
    ("Rebels attacked Malian soldiers and French troops near Gao.", "attacked",
     ["Malian soldiers", "French troops"]),
])
def test_conjoined_targets_stay(text: str, trigger: str, parties: list[str]) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    targets = names_of(record, event.target)
    assert NESTED not in event.rule
    assert all(any(p in name for name in targets) for p in parties)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Officials said the four had been tortured in custody.", "tortured"),
    ("Farmers blocked roads near Lima on Monday. Officials said six were arrested by police.",
     "arrested"),
])
def test_speaker_is_not_counted_patient(text: str, trigger: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert SPEAKER in event.rule
    assert not any("Officials" in name for name in names_of(record, event.target))


def test_count_with_speaker_after_keeps_group() -> None:
    record = record_of("Farmers blocked roads near Lima on Monday. Six were arrested by "
                       "police, officials said.")
    event = trigger_event(record, "arrested")
    assert SPEAKER not in event.rule
    assert names_of(record, event.target) == ["Farmers"]
