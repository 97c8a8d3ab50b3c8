#!/usr/bin/env python3
"""Write pairs-p2.jsonl from the judgements below, check every item is judged, print counts.
Run from the repo root: python3 docs/judged/pairs59/pairs-p2-tools/write_pairs.py"""
import json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.dirname(HERE)
FIELDS = ["event", "type", "source", "target", "date", "modality", "all"]

def ev(event, type_, source, target, date, modality):
    if not event:  # spurious: wrong in every field
        return {f: False for f in FIELDS}
    r = dict(event=True, type=type_, source=source, target=target, date=date, modality=modality)
    r["all"] = all(r.values())
    return r

J = {
    1: dict(
        X={"omit_right": False},
        Y=ev(True, True, False, True, True, True),
        better="Y",
        reasons=(
            "'They have condemned the lack of accountability for human rights abuses committed by U.S. forces' "
            "is a real ACCUSE/disapprove (condemn) statement, so X coding nothing misses it (omit not right). "
            "Y: type ACCUSE right. Source wrong: 'They' refers to 'some of the protesters in Washington, D.C.' "
            "(previous sentences), i.e. protesters [USA]; Al-Hayat is only the newspaper that quotes them "
            "(reported_by at most), so Al-Hayat[LBN/JRN] is the wrong party and country. Target U.S. forces[USA/MIL] "
            "right: the condemnation is aimed at abuses by U.S. forces and their lack of accountability (the US "
            "government would also do). Date: no date in the text, act reported as current news ('have condemned' "
            "in a recent article) -> document date 2023-06-15 right. Modality asserted right (attribution to the "
            "article keeps it asserted). Better Y: the event is real and type/target/date/modality right; the wrong "
            "source (reporter taken for speaker, giving a false LBN->USA dyad) is a real defect, but a user would still "
            "rather have this ACCUSE toward U.S. forces than nothing."
        ),
    ),
}

items = [json.loads(l) for l in open(os.path.join(D, "items.jsonl")) if l.strip()]
ns = [it["n"] for it in items]
missing = [n for n in ns if n not in J]
extra = [n for n in J if n not in ns]
bad = []
for it in items:
    j = J.get(it["n"])
    if not j:
        continue
    for side in ("X", "Y"):
        if it[side] is None:
            if set(j[side]) != {"omit_right"}:
                bad.append((it["n"], side, "null side needs omit_right only"))
        elif set(j[side]) != set(FIELDS):
            bad.append((it["n"], side, "non-null side needs all fields"))
    if j["better"] not in ("X", "Y", "same"):
        bad.append((it["n"], "better"))
if missing or extra or bad:
    sys.exit(f"missing={missing} extra={extra} bad={bad}")

with open(os.path.join(D, "pairs-p2.jsonl"), "w") as f:
    for n in ns:
        j = J[n]
        f.write(json.dumps({"n": n, "X": j["X"], "Y": j["Y"], "better": j["better"], "reasons": j["reasons"]}) + "\n")

c = Counter(J[n]["better"] for n in ns)
print(f"items {len(ns)} judged {len(J)}")
for b in ("X", "Y", "same"):
    print(f"better {b}: {c[b]} items {[n for n in ns if J[n]['better'] == b]}")
for side in ("X", "Y"):
    scored = [n for n in ns if "all" in J[n][side]]
    allr = [n for n in scored if J[n][side]["all"]]
    nulls = [n for n in ns if "omit_right" in J[n][side]]
    omit = [n for n in nulls if J[n][side]["omit_right"]]
    print(f"{side}: events {len(scored)} all-fields-right {len(allr)} {allr}; null {len(nulls)} omit_right {len(omit)}")
    for fld in FIELDS:
        print(f"  {fld}: {sum(J[n][side][fld] for n in scored)}/{len(scored)}")
