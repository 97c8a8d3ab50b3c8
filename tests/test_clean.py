from __future__ import annotations

from dateline.ingest.clean import clean

PARA = "The ministers agreed to meet again in Geneva to discuss the prisoner exchange next month."


def test_exact_duplicate_paragraph_is_removed_once() -> None:
    result = clean(f"Intro line here.\n{PARA}\n{PARA}\nClosing line.")
    assert result.text.count(PARA) == 1
    assert [r.kind for r in result.removed] == ["duplicate-paragraph"]


def test_near_duplicate_paragraph_is_removed() -> None:
    near = PARA.replace("Geneva", "Geneva,").replace("ministers", "Ministers")
    result = clean(f"{PARA}\n{near}")
    assert result.text == PARA
    assert result.removed[0].kind == "duplicate-paragraph"


def test_short_repeated_lines_are_kept() -> None:
    result = clean("He said no.\nHe said no.")
    assert result.text == "He said no.\nHe said no."


def test_timestamp_line_removed_and_dated() -> None:
    result = clean("Talks began.\n26 January 2022, 09:04 GMT\nThey ended.")
    assert result.text == "Talks began.\nThey ended."
    assert result.removed[0].kind == "timestamp-line"
    assert result.timestamp is not None and result.timestamp.iso() == "2022-01-26"


def test_timestamp_forms() -> None:
    for line in ["Updated: March 3, 2023 10:15 AM ET", "2023-03-03 10:15", "3 March 2023",
                 "09:04 GMT, 26 January 2022"]:
        result = clean(f"Body text here.\n{line}")
        assert [r.kind for r in result.removed] == ["timestamp-line"], line


def test_wire_dateline_with_date() -> None:
    result = clean("KYIV, Jan. 9, 2024 (NWS) -- Shelling resumed overnight.")
    assert result.dateline is not None and result.dateline.iso() == "2024-01-09"
    assert result.dateline_span == (0, len("KYIV, Jan. 9, 2024 (NWS) -- "))


def test_wire_dateline_without_year_has_no_iso_date() -> None:
    result = clean("WASHINGTON, Jan 26 (Wire) - The talks ended.")
    assert result.dateline is not None
    assert result.dateline.iso() is None and result.dateline.month == 1


def test_agency_dateline_without_date() -> None:
    result = clean("MOSCOW (AP) -- The ministry said it was ready.")
    assert result.dateline_span is not None and result.dateline is None


def test_boilerplate_removed() -> None:
    text = "The vote was held.\nSubscribe to our newsletter for daily updates\n© 2024 Example"
    result = clean(text)
    assert result.text == "The vote was held."
    assert {r.kind for r in result.removed} == {"boilerplate"}


def test_unicode_and_whitespace_normalised_with_origin_map() -> None:
    raw = "Cafe\u0301  talks\u00a0resumed \u200b\r\nnext   line  "
    result = clean(raw)
    assert result.text == "Café talks resumed\nnext line"
    assert len(result.origin) == len(result.text)
    assert result.origin[0] == 0


def test_dateline_with_weekday_and_numeric_dates() -> None:
    assert clean("BELGRADE, Monday 18 December 2023 (APA) — Votes were counted.").dateline == \
        clean("BELGRADE, 18 December 2023 - x").dateline
    result = clean("BRUSSELS, 15.03.2024 (Eurodesk) - Ministers met.")
    assert result.dateline is not None and result.dateline.iso() == "2024-03-15"
    assert clean("PARIS, 03/04/2024 - Ministers met.").dateline is None  # ambiguous order
