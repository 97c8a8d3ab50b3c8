"""The news actor case sets (issue 12) are well formed: known codes, mentions found in the text.

These tests check the annotations only; how dateline scores on them is measured elsewhere.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).parent / "data"
LEXICON = Path(__file__).parents[1] / "src" / "dateline" / "lexicon"
SECTORS = {
    "GOV", "MIL", "COP", "JUD", "LEG", "PTY", "OPP", "REB", "CRM", "SPY", "JRN", "BUS", "LAB",
    "EDU", "CVL", "MED", "AGR", "REL", "REF", "UAF", "HRI", "NGO", "IGO", "ELI",
}  # fmt: skip


def load(name: str) -> list[dict[str, object]]:
    parts = [DATA / name / "dev.yaml", DATA / name / "test.yaml"]
    return [case for part in parts for case in yaml.safe_load(part.read_text(encoding="utf-8"))]


def known_countries() -> set[str]:
    countries = set(yaml.safe_load((LEXICON / "countries.yaml").read_text(encoding="utf-8")))
    organizations = yaml.safe_load((LEXICON / "organizations.yaml").read_text(encoding="utf-8"))
    return countries | {str(entry["country"]) for entry in organizations if entry["country"]}


def occurrences(surface: str, text: str) -> int:
    return len(re.findall(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text))


DESCRIPTIONS = load("news_descriptions")
IDENTITY = load("news_identity")


@pytest.mark.parametrize(("cases", "least"), [(DESCRIPTIONS, 330), (IDENTITY, 110)])
def test_case_sets_are_large_with_unique_ids(cases: list[dict[str, object]], least: int) -> None:
    ids = [case["id"] for case in cases]
    assert len(ids) >= least
    assert len(set(ids)) == len(ids)


def test_descriptions_use_known_codes() -> None:
    countries = known_countries()
    for case in DESCRIPTIONS:
        assert case["country"] is None or case["country"] in countries, case
        sector = case["sector"]
        sectors = sector if isinstance(sector, list) else [] if sector is None else [sector]
        assert set(sectors) <= SECTORS, case
        assert str(case["origin"]).startswith(("ngec:", "meantime:")), case


def test_identity_mentions_occur_in_the_passage() -> None:
    for case in IDENTITY:
        text = str(case["text"])
        groups = list(case["same"]) + list(case["different"])  # type: ignore[call-overload]
        assert all(len(pair) == 2 for pair in case["different"]), case["id"]  # type: ignore[attr-defined]
        assert all(len(group) >= 2 for group in case["same"]), case["id"]  # type: ignore[attr-defined]
        for mention in (m for group in groups for m in group):
            surface, _, nth = str(mention).partition("#")
            count = occurrences(surface, text)
            assert count >= (int(nth) if nth else 1), (case["id"], mention)
            assert nth or count == 1, (case["id"], mention, "needs #n")
