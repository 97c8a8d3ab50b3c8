#!/usr/bin/env python3
"""Blind paired judge p1 for pairs59: writes pairs-p1.jsonl from the judgments below,
checks that every item in items.jsonl is judged exactly once, and prints counts.
Run from the repo root: python3 docs/judged/pairs59/pairs-p1-tools/judge.py"""
import json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)
FIELDS = ["event", "type", "source", "target", "date", "modality", "all"]


def ev(event, type_, source, target, date, modality):
    d = dict(event=event, type=type_, source=source, target=target, date=date, modality=modality)
    if not event:  # a spurious event is false in every field
        d = {k: False for k in d}
    d["all"] = all(d.values())
    return d


J = {
    1: dict(
        X={"omit_right": False},
        Y=ev(True, True, False, True, True, True),
        better="Y",
        reasons=(
            "Sentence 'They have condemned the lack of accountability for human rights abuses "
            "committed by U.S. forces in the Middle East.' is a condemnation, ACCUSE disapprove "
            "(codebook: 'condemn, decry a policy or an action'), so there is an event here and X's "
            "null loses it (omit_right false). Y: type ACCUSE right. Source wrong: 'They' resolves "
            "to 'some of the protesters in Washington, D.C.' (US activists) of the previous sentence; "
            "Al-Hayat is only the newspaper quoting them (a reported_by, not the actor), and its LBN "
            "code turns a domestic USA-USA dyad into LBN-USA. Target 'U.S. forces' USA right: the "
            "party whose abuses and lack of accountability are condemned, named in the sentence "
            "(the US government would also be defensible). Date: 'have condemned' with no date in "
            "the text, reported as this news in a recent article -> document date 2023-06-15 right. "
            "Modality asserted right (attribution to the article keeps it asserted). Y is right in "
            "all but source; a user would rather have the real ACCUSE against U.S. forces than "
            "nothing, though the wrong source country is a real cost, so Y is better, not by much."
        ),
    ),
}


def main():
    items = [json.loads(l) for l in open(os.path.join(DIR, "items.jsonl")) if l.strip()]
    ns = [it["n"] for it in items]
    missing = [n for n in ns if n not in J]
    extra = [n for n in J if n not in ns]
    if missing or extra or len(set(ns)) != len(ns):
        sys.exit(f"not every item judged exactly once: missing={missing} extra={extra}")
    out, better, allright = [], Counter(), Counter()
    for it in items:
        n = it["n"]
        j = J[n]
        for side in ("X", "Y"):
            null = it[side] is None
            if null != ("omit_right" in j[side]):
                sys.exit(f"item {n} side {side}: null/score mismatch")
            if not null:
                assert set(j[side]) == set(FIELDS), (n, side)
                allright[side] += j[side]["all"]
            else:
                allright[side + " null, omit right"] += j[side]["omit_right"]
        assert j["better"] in ("X", "Y", "same")
        better[j["better"]] += 1
        out.append(dict(n=n, X=j["X"], Y=j["Y"], better=j["better"], reasons=j["reasons"]))
    with open(os.path.join(DIR, "pairs-p1.jsonl"), "w") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"items judged: {len(out)} / {len(items)}")
    for b in ("X", "Y", "same"):
        print(f"better {b}: {better[b]}  items {[o['n'] for o in out if o['better'] == b]}")
    nonnull = {s: sum(1 for it in items if it[s] is not None) for s in ("X", "Y")}
    for s in ("X", "Y"):
        print(f"{s}: non-null {nonnull[s]}, all fields right {allright[s]}, "
              f"null with omit right {allright[s + ' null, omit right']}")


if __name__ == "__main__":
    main()
