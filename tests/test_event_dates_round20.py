"""Issue 11, round 20 (ev20d): dates carried from another sentence, judged in rounds 13-16 and
read in dev stories.

- events.date.coarse-narrative.v1: an act with no time of its own, in a sentence after one that
  gave only a week, a month or a year, is undated: that wide a time is the story's background
  (another act's month, a term of office), not the day of this act. A sentence that says it goes
  on from there ("Later, ...") keeps the carried time, and so does one that names a person,
  body or happening the dated sentence named (the same episode); a day is still carried.
- events.date.present-no-narrative.v1: a past participle after a present auxiliary ("who are
  held in Chechnya", "is being charged") tells how things stand now: it takes no time of an
  earlier sentence.

The sentences are our own."""

from __future__ import annotations

import pytest

from tests.event_records import date_of, event_at

COARSE = "events.date.coarse-narrative.v1"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Rebels took control of the town of Kala in March. Government troops shelled the "
         "rebels and arrested their commander.", "shelled"),
        ("The minister served as ambassador to Chile from 2009 to 2012. Prosecutors charged him "
         "with fraud and bribery.", "charged"),
        ("Thousands of farmers marched through the capital last week. The police detained "
         "several of their leaders.", "detained"),
    ],
)
def test_an_act_after_a_coarse_time_of_another_sentence_is_undated(text: str,
                                                                     word: str) -> None:
    event = event_at(text, word)
    assert (event.date.value, event.date.basis) == (None, "unknown")
    assert COARSE in event.rule


def test_a_sentence_that_goes_on_from_the_coarse_time_keeps_it() -> None:
    text = ("Rebels took control of the town of Kala in March. Later, government troops "
            "shelled the rebels.")
    assert date_of(text, "shelled") == ("2023-03", "narrative")


def test_a_sentence_that_names_the_same_person_keeps_the_coarse_time() -> None:
    text = ("In September 2013, Pope Francis spoke about the rights of women. Francis urged "
            "bishops to back women leaders.")
    assert date_of(text, "urged") == ("2013-09", "narrative")


def test_a_day_of_the_sentence_before_is_still_carried() -> None:
    text = ("Rebels took control of the town of Kala on Tuesday. Government troops shelled "
            "the rebels.")
    assert date_of(text, "shelled") == ("2023-06-13", "narrative")


def test_an_act_with_its_own_month_keeps_it() -> None:
    text = ("The minister served as ambassador to Chile from 2009 to 2012. Prosecutors charged "
            "him with fraud in May.")
    assert date_of(text, "charged") == ("2023-05", "explicit")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Soldiers stormed the village of Tarna on Monday. Four activists are detained in the "
         "provincial jail, their lawyer said.", "detained"),
        ("Police raided the offices of the mayor on Saturday. The mayor is being charged with "
         "bribery.", "charged"),
    ],
)
def test_a_present_passive_takes_no_time_of_an_earlier_sentence(text: str, word: str) -> None:
    assert date_of(text, word)[1] != "narrative"


def test_a_past_passive_still_takes_the_time_of_the_sentence_before() -> None:
    text = ("Police raided the offices of the mayor on Saturday. The mayor was arrested with "
            "two aides.")
    assert date_of(text, "arrested") == ("2023-06-10", "narrative")


def _time_values(text: str) -> dict[str, str]:
    from tests.event_records import record_of

    return {t.text: t.value for t in record_of(text).times}


@pytest.mark.parametrize(
    ("text", "day", "value"),
    [
        ("Nurses in Lagos have begun a strike Friday over unpaid wages.", "Friday", "2023-06-09"),
        ("The two envoys have been summoned on Saturday by the foreign ministry.", "Saturday",
         "2023-06-10"),
    ],
)
def test_a_weekday_of_a_present_perfect_is_the_one_before(text: str, day: str,
                                                          value: str) -> None:
    assert _time_values(text)[day] == value


@pytest.mark.parametrize(
    ("text", "day", "value"),
    [
        ("The foreign minister said Sunday Ghana will send doctors to Liberia.", "Sunday",
         "2023-06-11"),
        ("A police spokesman said on Monday the army was preparing a new offensive.", "Monday",
         "2023-06-12"),
    ],
)
def test_a_weekday_right_after_the_reporting_verb_takes_its_tense(text: str, day: str,
                                                                  value: str) -> None:
    assert _time_values(text)[day] == value


@pytest.mark.parametrize(
    ("text", "day", "value"),
    [
        ("Ministers from both countries will meet on Friday in Oslo.", "Friday", "2023-06-16"),
        ("The minister said the talks will resume Monday.", "Monday", "2023-06-19"),
    ],
)
def test_a_weekday_of_a_future_act_is_still_the_one_after(text: str, day: str,
                                                          value: str) -> None:
    assert _time_values(text)[day] == value
