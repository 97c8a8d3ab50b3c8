"""Attribution beyond speech verbs (issue 13): cue classes, extents, parts, chains, non-sources.

Short invented texts; each test names the convention it pins (tests/data/news_quotes/dev.yaml).
"""

from __future__ import annotations

from typing import Any

import pytest

from dateline.stages.quotemarks import find_quoted


def _quotes(text: str) -> list[Any]:
    from dateline import extract

    return extract(text, date="2024-01-10").quotes


def _row(quote: Any) -> tuple[str | None, str | None, str, str, str]:
    return (quote.speaker.text if quote.speaker else None, quote.cue.text if quote.cue else None,
            quote.content.text, quote.kind, quote.cue_class)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Palestinians hope the deal will include investments in the ports.",
         ("The Palestinians", "hope", "the deal will include investments in the ports",
          "indirect", "thought")),
        ("Kenyan President Ruto is seeking a meeting with the Ethiopian prime minister.",
         ("Kenyan President Ruto", "is seeking", "a meeting with the Ethiopian prime minister",
          "indirect", "intention")),
        ("The foreign minister urged all parties to exercise maximum restraint.",
         ("The foreign minister", "urged", "all parties to exercise maximum restraint",
          "indirect", "speech")),
        ("The statement from the Finnish Foreign Ministry said the border would stay closed.",
         ("The statement from the Finnish Foreign Ministry", "said",
          "the border would stay closed", "indirect", "document")),
        ("Lavrov has repeatedly said that Russia will not withdraw.",
         ("Lavrov", "has repeatedly said", "Russia will not withdraw", "indirect", "speech")),
        ("One complaint came from Oslo resident Anna Berg, who told the newspaper that prices "
         "had doubled.",
         ("Oslo resident Anna Berg", "told", "prices had doubled", "indirect", "speech")),
        ("The deal was announced on Tuesday by Foreign Minister Karin Lund.",
         ("Foreign Minister Karin Lund", "was announced", "The deal", "indirect", "speech")),
    ],
)
def test_one_attribution(nlp, text: str, expected: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    [quote] = _quotes(text)
    assert _row(quote) == expected


def test_source_keeps_apposition_and_mixed_quote_keeps_its_continuation(nlp) -> None:  # type: ignore[no-untyped-def]
    [quote] = _quotes('"There is a lot of opportunity" in the new ferry routes, said Maria Lund, '
                      "a trade official in Oslo.")
    assert quote.speaker.text == "Maria Lund, a trade official in Oslo"
    assert quote.kind == "mixed"
    assert quote.content.text.endswith("in the new ferry routes")


def test_interrupted_quote_is_one_attribution_with_parts(nlp) -> None:  # type: ignore[no-untyped-def]
    [quote] = _quotes('"We are ready to talk," the envoy said. "But the other side is not."')
    assert [p.text for p in quote.parts] == ["We are ready to talk", "But the other side is not"]
    assert quote.content.text.startswith("We are ready") and quote.content.text.endswith("not")
    assert (quote.speaker.text, quote.cue.text, quote.kind) == ("the envoy", "said", "direct")


def test_parenthetical_cue_splits_its_content(nlp) -> None:  # type: ignore[no-untyped-def]
    [quote] = _quotes("The blockade, officials said, had lasted three years.")
    assert [p.text for p in quote.parts] == ["The blockade", "had lasted three years"]
    assert quote.speaker.text == "officials"


def test_chain_gives_two_attributions(nlp) -> None:  # type: ignore[no-untyped-def]
    rows = [_row(q)[:3] for q in
            _quotes("The minister said the president had told him the talks would resume.")]
    assert rows == [("The minister", "said", "the president had told him the talks would resume"),
                    ("the president", "had told", "the talks would resume")]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry did not say whether the talks would resume.",
        "The spokesman refused to say if a date had been set.",
        "The proposals call for firm restrictions on the deployment of weapons.",
        'Her plan amounted to a new "grand bargain" with the opposition.',
    ],
)
def test_not_attributions(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _quotes(text) == []


def test_quote_closed_on_the_next_line_pairs() -> None:
    text = 'She said: "We are shocked.\nThis is a blow to the industry," she added.'
    [stretch] = find_quoted(text)
    assert text[stretch.content[0] : stretch.content[1]].endswith("blow to the industry")


def test_quote_never_pairs_across_a_blank_line() -> None:
    assert find_quoted('He said "we will win.\n\nThe next," she said.') == []


def test_raising_passive_has_two_parts_and_no_source(nlp) -> None:  # type: ignore[no-untyped-def]
    [quote] = _quotes("Exports of grain are expected to fall sharply in the spring.")
    assert quote.speaker is None and quote.cue.text == "are expected"
    assert [p.text for p in quote.parts] == ["Exports of grain",
                                             "to fall sharply in the spring"]
    assert quote.cue_class == "thought"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The rebels accused the police of burning the village.",
         "the police of burning the village"),
        ("The minister described the vote as a farce.", "the vote as a farce"),
    ],
)
def test_object_content_needs_its_preposition(nlp, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    [quote] = _quotes(text)
    assert quote.content.text == content


def test_a_topic_object_is_not_an_attribution(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _quotes("The minister described the plan in detail.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister dismissed claims by the opposition that the vote was rigged.",
         ("the opposition", "claims", "the vote was rigged")),
        ("Reports by residents of heavy shelling could not be verified.",
         ("residents", "Reports", "heavy shelling")),
    ],
)
def test_nominal_attribution_with_an_agent(nlp, text: str, expected: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    [quote] = _quotes(text)
    assert _row(quote)[:3] == expected


def test_interrupted_quote_with_an_abbreviation_in_between(nlp) -> None:  # type: ignore[no-untyped-def]
    [quote] = _quotes('"The review will start next month," says a U.S. Navy statement. '
                      '"We are keeping our promise."')
    assert len(quote.parts) == 2 and quote.cue_class == "document"


@pytest.mark.parametrize(
    ("text", "cue_class"),
    [
        ("The New York Times reported that the talks had stalled.", "document"),
        ("The BBC's Tom Burridge reports that the talks had stalled.", "speech"),
        ("The U.S. Geological Survey says the quake struck at dawn.", "speech"),
    ],
)
def test_publications_are_document_sources(nlp, text: str, cue_class: str) -> None:  # type: ignore[no-untyped-def]
    [quote] = _quotes(text)
    assert quote.cue_class == cue_class


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The head of the mission, who said the vote was fair, left on Monday.",
         "The head of the mission"),
        ("The plan was criticised by groups representing victims of forced labour, who said "
         "Seoul had conceded too much.", "victims of forced labour"),
    ],
)
def test_relative_clause_source_is_its_antecedent(nlp, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    [quote] = _quotes(text)
    assert quote.speaker.text == source
