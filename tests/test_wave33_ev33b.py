"""Wave 33 (ev33b, judged round 21: dates the sentence gives or withholds).

- ``events.date.visit-purpose.v2``: a signing a finished journey was made for ("travelled to X on
  Tuesday to sign a pact") is dated by the journey's day, like talks are.
- ``events.date.era-setting.v1``: an act whose own clause is placed "during"/"under" a long earlier
  period with no date ("during the civil war", "under the junta") is background of unknown time,
  not the document date; "accused X of doing Y during the war" stays the news.
"""

from __future__ import annotations

from tests.event_records import dates_by_trigger

VISIT_PURPOSE = "events.date.visit-purpose.v2"
ERA_SETTING = "events.date.era-setting.v1"


def test_signing_on_a_dated_journey_takes_its_day(nlp) -> None:  # type: ignore[no-untyped-def]
    dates = dates_by_trigger("The French president travelled to Berlin on Tuesday to sign a "
                             "defence pact with Chancellor Scholz.")
    value, basis, rule = dates["sign"]
    assert (value, basis) == ("2023-06-13", "explicit")
    assert VISIT_PURPOSE in rule


def test_act_inside_an_undated_war_has_no_date(nlp) -> None:  # type: ignore[no-untyped-def]
    dates = dates_by_trigger("Rwandan troops armed the rebels during the long civil war in Congo.")
    value, basis, rule = dates["armed"]
    assert (value, basis) == (None, "unknown")
    assert ERA_SETTING in rule


def test_dated_act_in_a_war_keeps_its_day(nlp) -> None:  # type: ignore[no-untyped-def]
    value, basis, rule = dates_by_trigger(
        "Russia attacked Ukrainian cities on Monday during the war.")["attacked"]
    assert (value, basis) == ("2023-06-12", "explicit")
    assert ERA_SETTING not in rule


def test_act_during_a_rally_is_no_era(nlp) -> None:  # type: ignore[no-untyped-def]
    value, _basis, rule = dates_by_trigger(
        "Police arrested three protesters during the rally.")["arrested"]
    assert value is not None
    assert ERA_SETTING not in rule


def test_accusing_of_an_act_in_a_war_stays_news(nlp) -> None:  # type: ignore[no-untyped-def]
    value, basis, rule = dates_by_trigger(
        "Kenya accused Uganda of arming the rebels during the civil war.")["accused"]
    assert (value, basis) == ("2023-06-15", "document_date")
    assert ERA_SETTING not in rule
