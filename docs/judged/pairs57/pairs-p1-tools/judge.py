#!/usr/bin/env python3
"""Write pairs-p1.jsonl from the verdicts below, check every item is judged, print counts."""
import json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
FIELDS = ["event", "type", "source", "target", "date", "modality", "all"]

def side(event, type_, source, target, date, modality):
    d = dict(event=event, type=type_, source=source, target=target, date=date, modality=modality)
    if not event:
        d = {k: False for k in d}
    d["all"] = all(d.values())
    return d

VERDICTS = {
    1: dict(
        X=side(True, True, False, True, True, True),
        Y={"omit_right": False},
        better="X",
        reasons=(
            "The sentence reports an act: 'we continued in 2010 with meetings at the summit of EU leaders (in) "
            "Tallinn'. 'we' is Suriname (Dos Santos is Suriname's president in this story), continuing its "
            "dialogue with Austria, so it is a CONSULT (multilateral context), dated 2010 by the text, asserted "
            "(in a quote, so reported_by the speaker). "
            "X: event, type CONSULT and date 2010 (explicit) are right, and so is modality asserted. Source 'EU "
            "leaders' is wrong: by the rules the source is the sentence's actor 'we' = Suriname (SUR), and the "
            "summit of EU leaders is only where the meetings took place. Target empty is right: the sentence does "
            "not name the other party (Austria comes from the previous sentence; Austria would also be right). "
            "So X is not right in all fields. "
            "Y codes nothing where there is a real, dated meeting event, so omitting it is wrong. "
            "Better X: it has the right act, type, date and place context, so a user gets the 2010 meeting, "
            "with the source wrong; Y loses it entirely. Neither side codes the second clause 'we are ready to "
            "meet again soon' (a future CONSULT, or an intent to meet)."
        ),
    ),
}

def main():
    items = [json.loads(l) for l in open(os.path.join(BASE, "items.jsonl")) if l.strip()]
    ns = [it["n"] for it in items]
    missing = [n for n in ns if n not in VERDICTS]
    extra = [n for n in VERDICTS if n not in ns]
    if missing or extra:
        sys.exit(f"missing verdicts {missing}, extra {extra}")
    out = []
    for it in items:
        v = VERDICTS[it["n"]]
        for s in "XY":
            if it[s] is None:
                assert set(v[s]) == {"omit_right"}, (it["n"], s)
            else:
                assert set(v[s]) == set(FIELDS), (it["n"], s)
        assert v["better"] in ("X", "Y", "same")
        out.append({"n": it["n"], "X": v["X"], "Y": v["Y"], "better": v["better"], "reasons": v["reasons"]})
    with open(os.path.join(BASE, "pairs-p1.jsonl"), "w") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    c = Counter(r["better"] for r in out)
    print(f"judged {len(out)}/{len(items)}")
    for b in ("X", "Y", "same"):
        print(f"better {b}: {c[b]}  items {[r['n'] for r in out if r['better'] == b]}")
    for s in "XY":
        coded = [r for r in out if "all" in r[s]]
        right = sum(r[s]["all"] for r in coded)
        nulls = [r for r in out if "omit_right" in r[s]]
        print(f"{s}: all-fields-right {right}/{len(coded)} coded; null {len(nulls)} "
              f"(omit right {sum(r[s]['omit_right'] for r in nulls)})")
        for k in FIELDS[:-1]:
            print(f"   {k}: {sum(r[s][k] for r in coded)}/{len(coded)}")

if __name__ == "__main__":
    main()
