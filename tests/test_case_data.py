"""The hand-written place and thread case sets are well formed (issues 16 and 18).

These tests read only tests/data; they check the gold itself (every surface occurs in its text,
every code is a real code, every location names a listed place), not any extraction.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pycountry
import pytest
import yaml

DATA = Path(__file__).resolve().parent / "data"
PLACES = DATA / "places"
THREADS = DATA / "threads"

PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST"}
PLOVER |= {"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
FEATURES = {"country", "admin1", "admin2", "city", "region", "territory", "water", "site", "island"}
BASES = {"clause", "sentence", "paragraph", "dateline"}
ROLES = {"PROPOSE", "REQUEST", "RESPOND", "ACCEPT", "REJECT", "COUNTER", "IMPLEMENT", "BREACH"}
MODALITIES = {"asserted", "negated", "hypothetical", "future", "reported"}
IGOS = {"NATO", "UNO", "EUR", "AFR", "ASN", "IAEA"}
NOT_ISO = {"XKX"}  # Kosovo: user-assigned code, used by GeoNames and the World Bank


def load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def is_state(code: str) -> bool:
    return code in NOT_ISO or pycountry.countries.get(alpha_3=code) is not None


def occurrences(text: str, surface: str) -> list[int]:
    """Start offsets of the whole-word occurrences of ``surface`` in ``text``."""
    pattern = r"(?<![^\W_])" + re.escape(surface) + r"(?![^\W_])"
    return [m.start() for m in re.finditer(pattern, text)]


def locate(text: str, ref: str) -> int | None:
    """Offset of ``X`` or ``X#n`` (the n-th whole-word occurrence), or None when absent."""
    surface, _, nth = ref.partition("#")
    found = occurrences(text, surface)
    index = int(nth) - 1 if nth else 0
    return found[index] if 0 <= index < len(found) else None


def iso_date(value: object) -> bool:
    try:
        dt.date.fromisoformat(str(value))
    except ValueError:
        return False
    return True


def place_cases() -> list[dict[str, Any]]:
    return [case for part in ("dev", "test") for case in load(PLACES / f"{part}.yaml")]


def overlaps(text: str, refs: list[str]) -> list[str]:
    """The refs whose spans overlap another ref's span ("Donetsk" inside "Donetsk Oblast")."""
    spans = []
    for ref in refs:
        start = locate(text, ref)
        if start is not None:
            spans.append((start, start + len(ref.partition("#")[0]), ref))
    spans.sort()
    pairs = [(a[2], b[2]) for a, b in itertools.pairwise(spans) if b[0] < a[1]]
    return sorted({ref for pair in pairs for ref in pair})


def place_problems(case: dict[str, Any]) -> Iterator[str]:
    text = case["text"]
    starts = []
    refs = [place["text"] for place in case["places"]] + case["not_places"]
    for ref in overlaps(text, refs):
        yield f"{ref!r} overlaps another mention (use #n)"
    for place in case["places"]:
        start = locate(text, place["text"])
        if start is None:
            yield f"place {place['text']!r} not in text"
            continue
        starts.append(start)
        if place["feature"] not in FEATURES:
            yield f"feature {place['feature']!r}"
        if place["country"] is not None and not is_state(place["country"]):
            yield f"country {place['country']!r}"
        if set(place) - {"text", "feature", "country", "admin1", "geonames_id"}:
            yield f"unknown keys in {place}"
    if starts != sorted(starts):
        yield "places not in text order"
    surfaces = {place["text"] for place in case["places"]}
    for ref in case["not_places"]:
        if locate(text, ref) is None:
            yield f"not_place {ref!r} not in text"
        if ref in surfaces:
            yield f"{ref!r} is both a place and not a place"
    for event in case["events"]:
        yield from event_problems(text, event, surfaces)


def event_problems(text: str, event: dict[str, Any], surfaces: set[str]) -> Iterator[str]:
    if event["type"] not in PLOVER:
        yield f"event type {event['type']!r}"
    if not all(part in text for part in event["trigger"].split("|")):
        yield f"trigger {event['trigger']!r} not in text"
    location, basis = event["location"], event["basis"]
    if (location is None) != (basis is None):
        yield f"location {location!r} with basis {basis!r}"
    if location is not None:
        if basis not in BASES:
            yield f"basis {basis!r}"
        for ref in location.split("|"):
            if ref not in surfaces:
                yield f"location {ref!r} is not a listed place"


def test_place_set_is_large_enough_and_split() -> None:
    dev, test = load(PLACES / "dev.yaml"), load(PLACES / "test.yaml")
    ids = [case["id"] for case in dev + test]
    assert len(ids) >= 170
    assert len(set(ids)) == len(ids)
    assert len(test) >= 0.35 * len(ids)


@pytest.mark.parametrize("case", place_cases(), ids=lambda case: case["id"])
def test_place_case_is_consistent(case: dict[str, Any]) -> None:
    assert iso_date(case["document_date"])
    assert list(place_problems(case)) == []


def test_place_occurrence_refs() -> None:
    text = "Georgia's leader flew from Georgia to Georgian ports."
    assert occurrences(text, "Georgia") == [0, 27]
    assert locate(text, "Georgia#2") == 27
    assert locate(text, "Georgia#3") is None
    assert overlaps("the Donetsk Oblast town", ["Donetsk Oblast", "Donetsk"]) == [
        "Donetsk",
        "Donetsk Oblast",
    ]


# --- threads -------------------------------------------------------------------------------


def thread_files() -> list[Path]:
    return sorted(THREADS.glob("*/exchange_*.yaml"))


def negative_files() -> list[Path]:
    return sorted(THREADS.glob("*/negatives.yaml"))


def party_ok(code: str) -> bool:
    return code in IGOS or is_state(code)


def article_problems(article: dict[str, Any]) -> Iterator[str]:
    words = len(article["text"].split())
    if not 120 <= words <= 250:
        yield f"{article['id']}: {words} words"
    if not iso_date(article["published"]) or not article["title"]:
        yield f"{article['id']}: published/title"


def step_problems(step: dict[str, Any], texts: dict[str, str]) -> Iterator[str]:
    where = f"{step['article']} {step['role']}"
    if step["role"] not in ROLES or step["modality"] not in MODALITIES:
        yield f"{where}: role/modality"
    text = texts.get(step["article"])
    if text is None or not all(part in text for part in step["trigger"].split("|")):
        yield f"{where}: trigger {step['trigger']!r} not in the article"
    if not iso_date(step["date"]):
        yield f"{where}: date"
    for code in step["source"] + step["target"] + step.get("reported_by", []):
        if not party_ok(code):
            yield f"{where}: code {code!r}"


def thread_problems(thread: dict[str, Any], articles: list[dict[str, Any]]) -> Iterator[str]:
    texts = {article["id"]: article["text"] for article in articles}
    if thread["object"] not in articles[0]["text"]:
        yield f"object {thread['object']!r} not in the first article"
    for article_id, surface in thread["object_mentions"].items():
        if surface not in texts.get(article_id, ""):
            yield f"object mention {surface!r} not in {article_id}"
    if not all(party_ok(code) for code in thread["parties"]):
        yield f"parties {thread['parties']}"
    for step in thread["steps"]:
        yield from step_problems(step, texts)
    dates = [step["date"] for step in thread["steps"]]
    if dates != sorted(dates):
        yield "steps out of date order"


@pytest.mark.parametrize("path", thread_files(), ids=lambda path: path.stem)
def test_exchange_is_consistent(path: Path) -> None:
    exchange = load(path)
    articles = exchange["articles"]
    assert 3 <= len(articles) <= 4
    assert [a["published"] for a in articles] == sorted(a["published"] for a in articles)
    problems = [p for article in articles for p in article_problems(article)]
    for thread in exchange["threads"]:
        problems += thread_problems(thread, articles)
    assert problems == []
    assert {step["article"] for t in exchange["threads"] for step in t["steps"]} == {
        a["id"] for a in articles
    }


def test_thread_sets_are_split() -> None:
    dev = list(THREADS.glob("dev/exchange_*.yaml"))
    test = list(THREADS.glob("test/exchange_*.yaml"))
    assert len(dev) >= 6 and len(test) >= 4
    negatives = [a for path in negative_files() for a in load(path)["articles"]]
    assert len(negatives) >= 6
    assert len(list(THREADS.glob("test/negatives.yaml"))) == 1


@pytest.mark.parametrize("path", negative_files(), ids=lambda path: path.parent.name)
def test_negatives_are_consistent(path: Path) -> None:
    exchanges = {p.stem for p in thread_files()}
    problems = []
    for article in load(path)["articles"]:
        problems += article_problems(article)
        if article["threads"] != []:
            problems.append(f"{article['id']}: a negative joins no thread")
        if not set(article.get("must_not_join", [])) <= exchanges:
            problems.append(f"{article['id']}: unknown exchange in must_not_join")
    assert problems == []


def seeded_test_part(names: list[str]) -> set[str]:
    """The test part the documented draw gives: Random(20261130) over sorted names, share 0.4."""
    order = sorted(names)
    random.Random(20261130).shuffle(order)
    return set(order[: round(len(order) * 0.4)])


def test_splits_are_the_documented_draw() -> None:
    dev, test = load(PLACES / "dev.yaml"), load(PLACES / "test.yaml")
    assert seeded_test_part([c["id"] for c in dev + test]) == {c["id"] for c in test}
    exchanges = [path.name for path in thread_files()]
    assert seeded_test_part(exchanges) == {p.name for p in THREADS.glob("test/exchange_*.yaml")}
    negatives = {p.parent.name: [a["id"] for a in load(p)["articles"]] for p in negative_files()}
    assert seeded_test_part(negatives["dev"] + negatives["test"]) == set(negatives["test"])
