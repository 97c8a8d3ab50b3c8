"""Issue 11, round 15 (ev15c): spurious events, type slips and modality errors the round-13
judges found on the stories.

The sentences are our own, of the shapes the judges found (docs/judged/round13/)."""

from __future__ import annotations

import pytest

from tests.event_records import event_on as _of
from tests.event_records import events_in
from tests.event_records import events_on as _on

# --- spurious events -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # deaths a collapse caused are an accident
        ("More than 200 miners were killed when the mine collapsed in Zambia on Monday.",
         "killed"),
        ("Forty people were injured when a stand of the stadium collapsed in Lima.", "injured"),
        # a thing that helps gives no aid
        ("The envoy said the summit is a key moment and it helps to make the next round of "
         "talks a success.", "helps"),
        ("Officials in Lima hope the visit will help to ease tensions between the two nations.",
         "help"),
    ],
)
def test_no_event_in_these_senses(text: str, word: str) -> None:
    assert not _on(text, word)


def test_killed_by_an_armed_group_after_a_collapse_stays_an_assault() -> None:
    text = "Six soldiers were killed by the rebels after the truce collapsed in Darfur."
    assert _of(text, "killed").type == "ASSAULT"


def test_killed_after_talks_collapsed_stays_an_assault() -> None:
    text = "Gunmen killed four police officers in Kabul on Monday after the talks collapsed."
    assert _of(text, "killed").type == "ASSAULT"


# --- types ---------------------------------------------------------------------------------------


def test_an_armed_attack_stays_an_assault() -> None:
    event = _of("A rocket attack hit the Israeli town of Sderot on Tuesday.", "attack")
    assert event.type == "ASSAULT"


# --- modality -------------------------------------------------------------------------------------


def test_an_act_vowed_through_continue_is_future() -> None:
    text = "Students in Santiago have vowed to continue protesting against the Chilean government."
    assert _of(text, "protesting").modality == "future"


def test_an_attack_vowed_through_keep_is_future() -> None:
    text = "The rebels vowed to keep attacking government troops in northern Mali."
    assert _of(text, "attacking").modality == "future"


def test_continuing_an_act_without_a_vow_stays_asserted() -> None:
    text = "Students in Santiago continued protesting against the Chilean government on Monday."
    assert _of(text, "protesting").modality == "asserted"


def test_an_act_under_a_noun_of_danger_is_not_asserted() -> None:
    text = "Niger still lives under the threat of further attacks by the jihadist rebels."
    assert all(e.modality != "asserted" for e in _on(text, "attacks"))


def test_an_attack_of_its_own_stays_asserted() -> None:
    text = "The jihadist rebels carried out further attacks on army posts in Niger on Monday."
    assert [e.modality for e in events_in(text) if e.type == "ASSAULT"] == ["asserted"]


# --- strikes told as walkouts ---------------------------------------------------------------------


def test_a_strike_the_story_told_as_a_walkout_stays_a_protest() -> None:
    text = "Nurses in Accra went on strike over unpaid wages on Monday. The strike has been " \
        "criticised by the health minister, who said patients were left waiting."
    assert [e.type for e in _on(text, "strike")] in ([], ["PROTEST"])
    assert all(e.type != "ASSAULT" for e in events_in(text))


def test_air_strikes_after_a_walkout_stay_assaults() -> None:
    # Since wave 67 (events.repeat.means-noun.v1) the strikes are a mention of the one ASSAULT
    # told by "hit", not an event of their own; the type is what this test pins.
    text = "Dock workers in Gdansk went on strike on Monday. Russian air strikes hit the " \
        "Ukrainian port of Odesa on Tuesday."
    [event] = [e for e in events_in(text) if "strikes" in {m.text for m in e.mentions}]
    assert event.type == "ASSAULT"


def test_coordinated_acts_of_two_modes_stay_two_events() -> None:
    """events.repeat.coordinated.v3: one type, two modes (disarm, release) are two acts."""
    from tests.event_records import events_in

    events = events_in("The rebels laid down their weapons and freed their prisoners.")
    assert sorted(e.mode or "" for e in events if e.type == "RETREAT") == ["disarm", "release"]


def test_coordinated_verbs_of_one_mode_stay_one_act() -> None:
    from tests.event_records import events_in

    events = events_in("Police arrested or detained 40 activists on Monday.")
    assert len([e for e in events if e.type == "COERCE"]) == 1


def test_killed_when_a_helicopter_bombed_is_an_assault() -> None:
    """killed-when-collapse.v2: the when-clause must tell an accident, not an attack."""
    from tests.event_records import events_in

    events = events_in("Five villagers were killed when a military helicopter bombed a house.")
    assert any(e.type == "ASSAULT" and e.trigger.text == "killed" for e in events)
