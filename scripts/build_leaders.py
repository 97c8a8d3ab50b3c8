"""Add the dated heads of state and government of data/leaders/*.jsonl to the leaders list.

``src/dateline/lexicon/leaders.jsonl`` is written by hand (heads of state and government,
ministers and heads of international bodies, 2015-2026). ``data/leaders/`` holds four regional
lists of heads of state and government (and some foreign ministers), 1995-2026, and one of the
heads of international bodies (``igo.jsonl``), written for the project in the same way (wave
107): one object per line, ``{"names": [...], "country": "KOR", "terms": [{"office": "head of
state", "start": "2013-02-25", "end": "2017-03-10"}]}`` (a body's post: ``"office": "head of
body", "body": "UNO"``).

This script keeps the hand-written entries, drops the entries an earlier run added (their
``file`` is ``leaders-regional``), and appends one entry per regional person none of whose names
a hand-written entry carries, in a fixed order, so that running it twice gives the same file.
A person in two regional lists (the Arab League's African members) is added once.

usage: python scripts/build_leaders.py
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LEADERS = ROOT / "src" / "dateline" / "lexicon" / "leaders.jsonl"
REGIONAL = ROOT / "data" / "leaders"
ADDED_FILE = "leaders-regional"
OFFICES = {"head of state", "head of government", "foreign minister"}


def main() -> None:
    text, hand, added = build(LEADERS.read_text(encoding="utf-8"), REGIONAL)
    LEADERS.write_text(text, encoding="utf-8")
    print(f"{LEADERS.relative_to(ROOT)}: {hand} written by hand, {added} added")


def build(leaders: str, regional: Path) -> tuple[str, int, int]:
    """The leaders file with the regional lists added, and the counts of hand-written and
    added entries. The list of international bodies' heads (``igo.jsonl``) comes last: a
    person already added from a regional list gets its terms there."""
    lines = [json.loads(line) for line in leaders.splitlines()]
    header, kept = lines[0], [e for e in lines[1:] if e.get("file") != ADDED_FILE]
    known = {n["text"] for entry in kept for n in entry["names"]}
    added: list[dict] = []
    by_name: dict[str, dict] = {}
    paths = sorted(regional.glob("*.jsonl"), key=lambda p: (p.name == "igo.jsonl", p.name))
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            person = json.loads(line)
            names = _names(person)
            if not names or known & (set(names) - set(by_name)):  # hand-written: kept
                continue
            entry = _entry(person, names, path, number)
            earlier = next((by_name[n] for n in names if n in by_name), None)
            if earlier is not None:
                _merge(earlier, entry)
                continue
            by_name.update((n, entry) for n in names)
            known.update(names)
            added.append(entry)
    entries = kept + added
    for n, entry in enumerate(entries, 1):
        entry["id"], entry["line"] = f"leaders:{n + 1}", n + 1
    header["count"] = len(entries)
    header["note"] = _note(header["note"])
    text = "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in [header, *entries])
    return text, len(kept), len(added)


def _merge(earlier: dict, entry: dict) -> None:
    """Add an entry's names and codes to the same person's earlier entry."""
    texts = {n["text"] for n in earlier["names"]}
    earlier["names"] += [n for n in entry["names"] if n["text"] not in texts]
    codes = earlier["codes"]
    codes += [c for c in entry["codes"] if c not in codes]
    earlier["source"] += "; " + entry["source"]


def _names(person: dict) -> list[str]:
    """Lower-case names of two words or more, each once, in the list's order."""
    names = [" ".join(str(n).lower().split()) for n in person.get("names", [])]
    return list(dict.fromkeys(n for n in names if len(n.split()) >= 2))


def _entry(person: dict, names: list[str], path: Path, number: int) -> dict:
    """The person in the layout of leaders.jsonl: a state office is the country's government
    (GOV); a post in an international body is that body's (``IGOUNO``: the CAMEO code the
    actors stage translates), and the person's own country stands undated beside it as a
    person of note (ELI), for the days outside the posts."""
    country = str(person["country"]).upper()
    codes = [_code(country, term) for term in person["terms"]
             if term["office"] in OFFICES or term.get("body")]
    if any(term.get("body") for term in person["terms"]):
        codes.append({"code": f"{country}ELI", "country": country, "roles": ["ELI"],
                      "start": None, "end": None})
    return {"id": "", "names": [{"text": n, "exact": False} for n in names], "codes": codes,
            "file": ADDED_FILE, "line": 0,
            "source": f"{path.relative_to(ROOT)} line {number} (wave 107, general reference)"}


def _code(country: str, term: dict) -> dict:
    body = term.get("body")
    if body:
        return {"code": f"IGO{body}", "country": "IGO", "roles": [body],
                "start": term["start"], "end": term.get("end")}
    return {"code": f"{country}GOV", "country": country, "roles": ["GOV"],
            "start": term["start"], "end": term.get("end")}


def _note(note: str) -> str:
    extra = (" Entries whose file is leaders-regional: heads of state and government 1995-2026"
             " of every region and heads of international bodies, from data/leaders/"
             " (scripts/build_leaders.py); a body's head also carries an undated ELI code of"
             " their own country, which holds on the days no dated role does.")
    return note.split(" Entries whose file is leaders-regional")[0] + extra


if __name__ == "__main__":
    main()
