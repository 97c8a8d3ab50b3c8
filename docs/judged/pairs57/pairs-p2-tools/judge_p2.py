#!/usr/bin/env python3
"""pairs57 judge p2: writes pairs-p2.jsonl from the verdicts below, checks every item is judged,
prints counts of better X/Y/same and all-fields-right per side."""
import json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
ITEMS = os.path.join(BASE, "items.jsonl")
OUT = os.path.join(BASE, "pairs-p2.jsonl")

def ev(event, type_, source, target, date, modality):
    f = dict(event=event, type=type_, source=source, target=target, date=date, modality=modality)
    if not event:  # a spurious event is wrong in every field
        f = {k: False for k in f}
    f["all"] = all(f.values())
    return f

VERDICTS = {
    1: dict(
        X=ev(True, True, False, True, True, True),
        Y={"omit_right": False},
        better="X",
        reasons=(
            "The sentence holds a real act: 'we' (Dos Santos's Suriname) continued the dialogue with "
            "meetings at the 2010 EU leaders' summit in Tallinn -> CONSULT (multilateral), dated 2010 "
            "explicitly, asserted (quoted speech, attribution only). X: type CONSULT right; date 2010 "
            "explicit right; modality asserted right; target empty right (Austria is only in the previous "
            "sentence, not named or referred to here, and multilateral meetings take no recipient). Source "
            "wrong: the actor of 'we continued ... with meetings' is Suriname (we = Dos Santos's side); "
            "'EU leaders' is the summit's name/venue, not the party acting (a lenient reading could take "
            "EU leaders as co-participants of a multilateral meeting, but the sentence's act is Suriname's). "
            "Y codes nothing: omission is not right, since the 2010 meeting is a codable event (also "
            "'ready to meet again soon' would be a future CONSULT, which neither side codes). X keeps the "
            "event with right type, date and modality and only a misattributed source; a user would rather "
            "have it than lose the event."
        ),
    ),
}

def main():
    items = [json.loads(l) for l in open(ITEMS) if l.strip()]
    missing = [it["n"] for it in items if it["n"] not in VERDICTS]
    extra = set(VERDICTS) - {it["n"] for it in items}
    if missing or extra:
        sys.exit(f"unjudged items {missing}, unknown items {sorted(extra)}")
    better = Counter(); allright = Counter(); nonnull = Counter(); byb = {}
    with open(OUT, "w") as fh:
        for it in items:
            n = it["n"]; v = VERDICTS[n]
            for side in "XY":
                if (it[side] is None) != ("omit_right" in v[side]):
                    sys.exit(f"item {n} side {side}: null/non-null mismatch with verdict")
                if it[side] is not None:
                    nonnull[side] += 1
                    allright[side] += v[side]["all"]
            assert v["better"] in ("X", "Y", "same")
            better[v["better"]] += 1
            byb.setdefault(v["better"], []).append(n)
            fh.write(json.dumps({"n": n, "X": v["X"], "Y": v["Y"], "better": v["better"],
                                 "reasons": v["reasons"]}) + "\n")
    print(f"items judged: {len(items)}")
    for b in ("X", "Y", "same"):
        print(f"better {b}: {better[b]} {byb.get(b, [])}")
    for s in "XY":
        print(f"all fields right {s}: {allright[s]}/{nonnull[s]} non-null")

if __name__ == "__main__":
    main()
