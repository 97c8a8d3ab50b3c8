"""Attribution round 4 (issue 13): classes of thinking and document sources, non-attributions,
speakers that are bodies, names in quotation marks, a demonstrative "that".

Short invented texts; each test names the general rule it pins, after the error patterns in
docs/judged/round3/quotes.md (patterns of English, not its sentences).
"""

from __future__ import annotations

from typing import Any

import pytest


def _record(text: str) -> Any:
    from dateline import extract

    return extract(text, date="2024-01-10")


def _quotes(text: str) -> list[Any]:
    return list(_record(text).quotes)


@pytest.mark.parametrize(
    ("text", "cue", "cue_class"),
    [
        # quotes.cue-class.v2: knowing and understanding are thought, not speech
        ("Investors have long known that the index can swing wildly.", "have long known",
         "thought"),
        ("Diplomats understand that the border will stay shut.", "understand", "thought"),
        ("Farmers doubt the new subsidy will reach them.", "doubt", "thought"),
        # a review, statistics or an audit behind "according to" is a document
        ("According to a review by the health ministry, the scheme cost too much.",
         "According to", "document"),
        ("According to official statistics, exports fell by a third.", "According to",
         "document"),
        ("According to an audit, the agency lost $5 million.", "According to", "document"),
    ],
)
def test_cue_class_of_thinking_and_documents(nlp, text: str, cue: str, cue_class: str) -> None:  # type: ignore[no-untyped-def]
    [quote] = _quotes(text)
    assert (quote.cue.text, quote.cue_class) == (cue, cue_class)


@pytest.mark.parametrize(
    "text",
    [
        # quotes.not-attribution.v1: business figures a company publishes
        "The carmaker reported March sales on Tuesday.",
        "The bank posted a quarterly loss of $2 billion.",
        # a purpose infinitive is what someone does
        "The envoy flew to Nairobi to seek a ceasefire.",
    ],
)
def test_not_attributions_round4(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _quotes(text) == []


def test_expected_speech_act_is_not_its_subjects_attribution(nlp) -> None:  # type: ignore[no-untyped-def]
    """"X is expected to propose a plan": the expectation is an attribution with no source; the
    proposal has not happened and is no attribution of X's."""
    quotes = _quotes("The Moldovan delegation is expected to propose a new trade plan.")
    assert [(q.cue.text, q.speaker) for q in quotes] == [("is expected", None)]


def test_cue_inside_a_reported_question_is_not_asserted(nlp) -> None:  # type: ignore[no-untyped-def]
    quotes = _quotes("The vote asked residents whether they wanted to leave the federation.")
    assert all(q.cue.text != "wanted" for q in quotes)


def test_company_figures_keep_real_statements(nlp) -> None:  # type: ignore[no-untyped-def]
    [quote] = _quotes("The ministry reported that sales of diesel had collapsed.")
    assert quote.content.text == "sales of diesel had collapsed"


@pytest.mark.parametrize(
    "text",
    [
        "The Nixon administration said it would resume the talks.",
        "The Harris campaign said the advertisement was false.",
    ],
)
def test_a_body_named_after_a_person_is_not_that_person(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """quotes.speaker.v2: the speaker is the body, never the person it is named after."""
    record = _record(text)
    [quote] = record.quotes
    actor = record.actor(quote.speaker.actor) if quote.speaker.actor else None
    assert actor is None or actor.kind != "person"


def test_a_body_resolves_to_the_organisation_it_names(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The White House faced questions on Monday. The Biden administration said "
                     "it would not comment.")
    quote = next(q for q in record.quotes if q.cue.text == "said")
    assert record.actor(quote.speaker.actor).name == "White House"


def test_a_named_spokesman_in_apposition_is_still_the_person(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Erdogan's spokesman, Ibrahim Kalin, said the talks were useful.")
    [quote] = record.quotes
    assert record.actor(quote.speaker.actor).name == "Ibrahim Kalin"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # quotes.mixed.names.v1: a product name or a term in quotation marks is not quoted words
        ('The firm announced that its "Falcon" drone will be sold abroad.', "indirect"),
        ('He said the programs, widely called "apps," were popular.', "indirect"),
        ('She said the plan was "a disaster" for the region.', "mixed"),
    ],
)
def test_names_in_quotation_marks_do_not_make_a_mixed_quote(nlp, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    quote = next(q for q in _quotes(text) if q.cue.text == ("announced" if "announced" in text
                                                              else "said"))
    assert quote.kind == kind


def test_demonstrative_that_stays_in_the_content(nlp) -> None:  # type: ignore[no-untyped-def]
    [quote] = _quotes("The trader said that that was an electronic error.")
    assert quote.content.text == "that was an electronic error"


def test_a_forecast_of_losses_stays_an_attribution(nlp) -> None:  # type: ignore[no-untyped-def]
    """Only publishing figures is an event: analysts forecasting losses hold a view."""
    quotes = _quotes("Analysts had forecast heavy losses for the airline.")
    assert [q.cue.text for q in quotes] == ["had forecast"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # quotes.indirect.object.v3: the occasion or time of the cue is not what was said
        ("The premier announced the troop increase during a rally in the port city.",
         "the troop increase"),
        ("The region announced its interest in the plant after visiting the factory.",
         "its interest in the plant"),
        ("The minister announced a new fuel tax on Tuesday in Brussels.", "a new fuel tax"),
        # a time inside the content stays
        ("The president is seeking a meeting this week with the Kyrgyz leader.",
         "a meeting this week with the Kyrgyz leader"),
    ],
)
def test_object_content_ends_before_the_occasion(nlp, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    [quote] = _quotes(text)
    assert quote.content.text == content


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # quotes.speaker-span.v2: where an inverted source spoke is not part of it
        ('"We agreed on much," said the foreign minister at a news conference in the capital.',
         "the foreign minister"),
        ('"Dealers are hurting," said the firm\'s sales chief in a telephone briefing.',
         "the firm's sales chief"),
        ('"Dealers are hurting," said the chairman of the board.', "the chairman of the board"),
    ],
)
def test_inverted_source_without_its_setting(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    [quote] = _quotes(text)
    assert quote.speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # quotes.speaker.v2: a government named after its leader is that country's government
        ("Kenya is divided. The government of Kenyan President William Ruto has announced "
         "a new inquiry.", "Kenya"),
        ("Britain is divided. The cabinet of Prime Minister Keir Starmer said the plan was "
         "sound.", "United Kingdom"),
    ],
)
def test_a_government_named_after_its_leader_is_the_government(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    record = _record(text)
    [quote] = record.quotes
    assert record.actor(quote.speaker.actor).name == name


def test_an_email_is_a_document(nlp) -> None:  # type: ignore[no-untyped-def]
    quote = next(q for q in _quotes("The bank published the text of the chairman's email, "
                                    "which reads: I am stepping down.") if q.cue.text == "reads")
    assert quote.cue_class == "document"
