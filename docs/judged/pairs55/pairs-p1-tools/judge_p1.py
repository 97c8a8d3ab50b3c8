#!/usr/bin/env python3
"""Judge p1's verdicts for pairs55: writes pairs-p1.jsonl, checks coverage, prints counts.

Run from the worktree root:  python3 docs/judged/pairs55/pairs-p1-tools/judge_p1.py
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)
ITEMS = os.path.join(DIR, "items.jsonl")
OUT = os.path.join(DIR, "pairs-p1.jsonl")
FIELDS = ("event", "type", "source", "target", "date", "modality", "all")


def ev(event, type_, source, target, date, modality):
    d = dict(event=event, type=type_, source=source, target=target, date=date, modality=modality)
    if not event:  # a spurious event is wrong in every field
        d = {k: False for k in d}
    d["all"] = all(d.values())
    return d


SPURIOUS = ev(False, False, False, False, False, False)

VERDICTS = {
    1: dict(
        X=ev(True, False, True, True, True, True),
        Y=ev(True, True, True, True, True, True),
        better="Y",
        reasons=(
            "Both code the storming of Abd Al Rahman Mohammed's home by the Abu Dhabi security forces "
            "with the same source (security forces, ARE), target (Mohammed, ARE), date (2023-06-10, "
            "the Saturday the previous sentence gives this attack, right) and asserted modality ('The "
            "Abu Dhabi Press said' is attribution only). They differ only in type. The act is part of "
            "the attack the story opens with: forces storm into the home and force him into the "
            "basement, where he and his staff are held before he is beheaded. That is forcible "
            "seizure of a person with violence (ASSAULT, closest to the abduct mode), not a "
            "law-enforcement raid or search, so X's COERCE seize is the wrong type. Someone could "
            "argue that a security-force 'storming' of a home is a raid (COERCE seize), but in this "
            "story it is plainly violent, so Y's ASSAULT is right."
        ),
    ),
    2: dict(
        X={"omit_right": True},
        Y=SPURIOUS,
        better="X",
        reasons=(
            "Y codes ASSAULT from 'the sanctions were targeted at the operators'. Here 'targeted' means "
            "the sanctions were aimed at those firms, not a physical attack. A trigger word used in "
            "another sense is not an event, so Y is spurious and wrong in every field (its empty "
            "source and target show that too). This sentence could hold a SANCTION (Spain's Treasury "
            "against Oceana and Essecal), but that only repeats the sanctions already reported. "
            "Either way, ASSAULT is never right here, so coding nothing (X) is better than a false "
            "ASSAULT in the data."
        ),
    ),
}


def main():
    items = [json.loads(l) for l in open(ITEMS) if l.strip()]
    ns = [it["n"] for it in items]
    missing = [n for n in ns if n not in VERDICTS]
    extra = [n for n in VERDICTS if n not in ns]
    if missing or extra:
        sys.exit(f"coverage error: missing={missing} extra={extra}")
    for it in items:
        v = VERDICTS[it["n"]]
        for side in ("X", "Y"):
            if it[side] is None:
                assert set(v[side]) == {"omit_right"}, (it["n"], side, "null side needs omit_right")
            else:
                assert set(v[side]) == set(FIELDS), (it["n"], side, "needs all fields")
        assert v["better"] in ("X", "Y", "same"), it["n"]
    with open(OUT, "w") as f:
        for it in items:
            v = VERDICTS[it["n"]]
            f.write(json.dumps({"n": it["n"], "X": v["X"], "Y": v["Y"],
                                "better": v["better"], "reasons": v["reasons"]}) + "\n")
    c = Counter(VERDICTS[n]["better"] for n in ns)
    print(f"judged {len(ns)}/{len(items)} items -> {os.path.relpath(OUT)}")
    for b in ("X", "Y", "same"):
        print(f"better {b}: {c.get(b, 0)}  items {[n for n in ns if VERDICTS[n]['better'] == b]}")
    for side in ("X", "Y"):
        scored = [n for n in ns if "all" in VERDICTS[n][side]]
        right = [n for n in scored if VERDICTS[n][side]["all"]]
        nulls = [n for n in ns if "omit_right" in VERDICTS[n][side]]
        oright = [n for n in nulls if VERDICTS[n][side]["omit_right"]]
        print(f"{side}: all-fields-right {len(right)}/{len(scored)} {right}; null {len(nulls)} "
              f"(omit right {len(oright)})")


if __name__ == "__main__":
    main()
