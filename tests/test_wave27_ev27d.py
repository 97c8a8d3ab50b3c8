"""Wave 27 (ev27d; judged round 19 and pairs25/26: "earlier acts given the document date", and
totals over a span given a day):

- ``events.date.since-total.v1``: an act done to many, counted from a recent "since" time on its
  own verb, is a total and has no date ("30 protesters have been arrested since Monday");
- ``events.date.gap-after.v1``: an act of an "after" clause whose gap is told ("one day after")
  happened that gap before the act it hangs on; a rough or longer gap leaves it undated.

Sentences are our own, not the stories'. The document date is Thursday 2023-06-15."""

from __future__ import annotations

from tests.event_records import dates_by_trigger as _dates


def test_arrests_counted_since_monday_have_no_date(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "About 30 protesters have been arrested since Monday, police said."
    value, basis, rule = _dates(text)["arrested"]
    assert (value, basis) == (None, "unknown")
    assert "events.date.since-total.v1" in rule


def test_killed_since_sunday_participle_is_a_total(nlp) -> None:  # type: ignore[no-untyped-def]
    dates = _dates("Seven villagers killed by the militia since Sunday were buried on Friday.")
    assert dates["killed"][:2] == (None, "unknown")
    assert "events.date.since-total.v1" in dates["killed"][2]


def test_one_detainee_since_monday_keeps_the_day(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The opposition leader has been detained since Monday, his party said."
    value, _, rule = _dates(text)["detained"]
    assert value == "2023-06-12"
    assert "events.date.since-total.v1" not in rule


def test_marching_since_tuesday_is_ongoing(nlp) -> None:  # type: ignore[no-untyped-def]
    _, _, rule = _dates("Students have been marching since Tuesday in the capital.")["marching"]
    assert "events.date.since-total.v1" not in rule


def test_one_day_after_a_dated_act(nlp) -> None:  # type: ignore[no-untyped-def]
    dates = _dates("The party announced its dissolution on Thursday, one day after the president "
                   "declared a state of emergency.")
    assert dates["declared"][:2] == ("2023-06-14", "narrative")
    assert "events.date.gap-after.v1" in dates["declared"][2]


def test_two_days_after_from_a_present_come(nlp) -> None:  # type: ignore[no-untyped-def]
    dates = _dates("The protests come two days after soldiers killed three students in Accra.")
    assert dates["killed"][0] == "2023-06-13"


def test_rough_gap_leaves_no_date(nlp) -> None:  # type: ignore[no-untyped-def]
    dates = _dates("More than a week after gunmen attacked the convoy, police on Saturday said "
                   "they had made arrests.")
    assert dates["attacked"][:2] == (None, "unknown")
    assert "events.date.gap-after.v1" in dates["attacked"][2]


def test_plain_after_clause_is_untouched(nlp) -> None:  # type: ignore[no-untyped-def]
    dates = _dates("Police arrested nine men on Monday after gunmen attacked a patrol.")
    assert "events.date.gap-after.v1" not in dates["attacked"][2]
