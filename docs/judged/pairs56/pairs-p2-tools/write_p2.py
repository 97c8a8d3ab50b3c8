#!/usr/bin/env python3
"""Write pairs-p2.jsonl from the verdicts below, check every item is judged, print counts."""
import json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent.parent
FIELDS = ["event", "type", "source", "target", "date", "modality", "all"]

def sc(event, type_, source, target, date, modality):
    d = dict(event=event, type=type_, source=source, target=target, date=date, modality=modality)
    if not event:
        d = {k: False for k in d}
    d["all"] = all(d.values())
    return d

VERDICTS = {
    1: dict(
        X=sc(True, True, True, False, True, True),
        Y=sc(True, True, True, True, True, True),
        better="Y",
        reasons=("Same REQUEST by the unions (urged = request; asserted). The sentence names the party urged, "
                 "'commuters': X leaves the target empty (wrong by CONVENTIONS, the sentence names it), Y codes "
                 "commuters with an empty country, right for a common-noun group whose country the sentence does "
                 "not state (Transkei/South Africa only implied). Source 'unions' ZAF accepted on both sides "
                 "(the strike is at Transkei Railways, the text later names the South African government; Unite "
                 "is British, so ZAF is lenient but identical on both sides). Date: 'had urged' precedes "
                 "'yesterday', which attaches to 'travel'; the urging's time is not given, so null/unknown is "
                 "right on both."),
    ),
}

items = [json.loads(l) for l in (HERE / "items.jsonl").open() if l.strip()]
ns = [it["n"] for it in items]
missing = [n for n in ns if n not in VERDICTS]
extra = [n for n in VERDICTS if n not in ns]
if missing or extra:
    sys.exit(f"missing {missing} extra {extra}")
out = HERE / "pairs-p2.jsonl"
counts = {"X": [], "Y": [], "same": []}
allright = {"X": 0, "Y": 0}
with out.open("w") as f:
    for it in items:
        v = VERDICTS[it["n"]]
        for side in ("X", "Y"):
            if it[side] is None:
                assert "omit_right" in v[side], (it["n"], side)
            else:
                assert set(v[side]) == set(FIELDS), (it["n"], side)
                allright[side] += v[side]["all"]
        assert v["better"] in counts
        counts[v["better"]].append(it["n"])
        f.write(json.dumps({"n": it["n"], "X": v["X"], "Y": v["Y"], "better": v["better"],
                            "reasons": v["reasons"]}) + "\n")
print(f"items {len(items)} judged {len(VERDICTS)}")
for k, v in counts.items():
    print(f"better {k}: {len(v)} {v}")
print(f"all-fields-right X {allright['X']}/{len(items)} Y {allright['Y']}/{len(items)}")
