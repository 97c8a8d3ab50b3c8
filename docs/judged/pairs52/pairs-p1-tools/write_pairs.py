#!/usr/bin/env python3
"""Judge p1's blind paired judgments for pairs52 (scored by docs/judged/CONVENTIONS.md).

Run from the worktree root:  python3 docs/judged/pairs52/pairs-p1-tools/write_pairs.py
Writes docs/judged/pairs52/pairs-p1.jsonl and prints the counts.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAIRS = HERE.parent
ITEMS = PAIRS / "items.jsonl"
OUT = PAIRS / "pairs-p1.jsonl"

FIELDS = ("event", "type", "source", "target", "date", "modality")


def scored(event, type, source, target, date, modality):
    d = dict(event=event, type=type, source=source, target=target, date=date, modality=modality)
    d["all"] = all(d[f] for f in FIELDS)
    return d


def spurious():
    """A spurious event is wrong in every field (CONVENTIONS.md)."""
    return scored(False, False, False, False, False, False)


def omit(right):
    return {"omit_right": right}


JUDGMENTS = {
    1: dict(
        X=omit(True),
        Y=spurious(),
        better="X",
        reasons=(
            "event: 'They are sending us a message with this withdrawal' is a farmer's quoted reading of "
            "the army's withdrawal; 'sending a message' is a figure of speech, not a meeting or "
            "consultation, so Y's CONSULT is a trigger word in another sense and spurious (wrong in every "
            "field). Y's target H.W. Milosevic is also not named or referred to in the sentence ('us' is "
            "the farmer's people). 'this withdrawal' only refers back to the withdrawal reported earlier "
            "in the story, so coding nothing at 'sending' is right: X null is omit_right."
        ),
    ),
    2: dict(
        X=spurious(),
        Y=omit(True),
        better="Y",
        reasons=(
            "event: in 'The government had suspended all public protests on' the word 'protests' is the "
            "object of the government's suspension; the sentence reports no protest being held, and the "
            "government is not a protester. X's PROTEST/demo with source Guinea government is a trigger "
            "word in another sense, spurious (wrong in every field). The act in the sentence is the "
            "suspension itself (at 'suspended', a different trigger, and the same suspension already "
            "reported in the story's first sentence), so coding no event at 'protests' is right: Y null is "
            "omit_right."
        ),
    ),
    3: dict(
        X=scored(True, True, False, True, False, False),
        Y=scored(True, True, False, True, True, True),
        better="Y",
        reasons=(
            "date and modality differ. 'was expected to visit Gambia in the near future' is a future visit "
            "with no date in the text: Y's modality future and null date (basis unknown) are right; X's "
            "asserted and the document date treat an expected visit as one that happened on 2023-06-15, "
            "both wrong. Same on both sides: type CONSULT/visit right (visitor as source, host Gambia[GMB] "
            "as target, right); source Faure Gnassingbe coded GMB is wrong on both: he is to visit Gambia, "
            "so he is not Gambia's leader; the story presents him as the president of the commended "
            "country (Tonga), and in the real world he is Togo's president, GMB being wrong either way."
        ),
    ),
}


def check_side(n, side, item_side, judged):
    if item_side is None:
        if set(judged) != {"omit_right"}:
            sys.exit(f"item {n} side {side}: null side needs only omit_right")
    else:
        if set(judged) != set(FIELDS) | {"all"}:
            sys.exit(f"item {n} side {side}: non-null side needs {FIELDS} + all")
        if judged["all"] != all(judged[f] for f in FIELDS):
            sys.exit(f"item {n} side {side}: 'all' inconsistent")
        if not judged["event"] and any(judged[f] for f in FIELDS):
            sys.exit(f"item {n} side {side}: spurious event must be wrong in every field")


def main():
    items = [json.loads(l) for l in ITEMS.read_text().splitlines() if l.strip()]
    ns = [it["n"] for it in items]
    missing = sorted(set(ns) - set(JUDGMENTS))
    extra = sorted(set(JUDGMENTS) - set(ns))
    if missing or extra:
        sys.exit(f"missing judgments: {missing}; judgments for unknown items: {extra}")
    rows = []
    for it in items:
        n = it["n"]
        j = JUDGMENTS[n]
        for side in ("X", "Y"):
            check_side(n, side, it[side], j[side])
        if j["better"] not in ("X", "Y", "same"):
            sys.exit(f"item {n}: better must be X, Y or same")
        rows.append({"n": n, "X": j["X"], "Y": j["Y"], "better": j["better"], "reasons": j["reasons"]})
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))

    print(f"wrote {OUT.relative_to(PAIRS.parent.parent.parent)} ({len(rows)} items)")
    for b in ("X", "Y", "same"):
        got = [r["n"] for r in rows if r["better"] == b]
        print(f"better {b:4}: {len(got)}  items {got}")
    for side in ("X", "Y"):
        nonnull = [r for r in rows if "all" in r[side]]
        allr = [r["n"] for r in nonnull if r[side]["all"]]
        spur = [r["n"] for r in nonnull if not r[side]["event"]]
        nulls = [(r["n"], r[side]["omit_right"]) for r in rows if "omit_right" in r[side]]
        print(f"side {side}: non-null {len(nonnull)}, all fields right {len(allr)} {allr}, "
              f"spurious {spur}, null sides (n, omit_right) {nulls}")
        per = {f: sum(r[side][f] for r in nonnull) for f in FIELDS + ("all",)}
        print(f"  per field right: {per}")


if __name__ == "__main__":
    main()
