#!/usr/bin/env python3
"""Write pairs-p1.jsonl from the judgements below, check every item is judged, print counts."""
import json, pathlib, collections
HERE = pathlib.Path(__file__).resolve().parent.parent
FIELDS = ["event", "type", "source", "target", "date", "modality", "all"]

def s(event, type_, source, target, date, modality):
    d = dict(zip(FIELDS[:-1], [event, type_, source, target, date, modality]))
    d["all"] = all(d.values())
    return d

J = {
 1: dict(
   X=s(True, True, True, False, True, True),
   Y=s(True, True, True, True, True, True),
   better="Y",
   reasons=("Both code 'The unions had urged commuters not to travel' as REQUEST by the unions, asserted, "
            "no date. The party urged, 'commuters', is named in the event's own sentence, so X's empty target "
            "is wrong; Y's target commuters is right (common-noun group, country left empty: the text is not "
            "plain on it - title says Lesotho, body says Transkei/South African government - so empty is "
            "acceptable). Source 'unions' ZAF: refers to the unions of the previous sentence, in the South "
            "African Transkei dispute; same on both sides. Date: 'had urged' is pluperfect, 'yesterday' "
            "dates the travel/strike day, the urging itself is earlier and undated, so null/unknown is right "
            "on both (a judge reading 'yesterday' as the urging date would mark both wrong; no difference). "
            "Difference: target only, Y better."),
 ),
}

items = [json.loads(l) for l in open(HERE / "items.jsonl") if l.strip()]
ns = {it["n"] for it in items}
assert ns == set(J), f"unjudged: {sorted(ns - set(J))}, extra: {sorted(set(J) - ns)}"
for it in items:
    j = J[it["n"]]
    for side in "XY":
        if it[side] is None:
            assert "omit_right" in j[side], (it["n"], side)
        else:
            assert set(j[side]) == set(FIELDS), (it["n"], side)
    assert j["better"] in ("X", "Y", "same")
with open(HERE / "pairs-p1.jsonl", "w") as f:
    for it in items:
        j = J[it["n"]]
        f.write(json.dumps({"n": it["n"], "X": j["X"], "Y": j["Y"], "better": j["better"],
                            "reasons": j["reasons"]}) + "\n")
c = collections.defaultdict(list)
for n in sorted(J):
    c[J[n]["better"]].append(n)
for k in ("X", "Y", "same"):
    print(f"better {k}: {len(c[k])} {c[k]}")
for side in "XY":
    ok = [n for n in sorted(J) if J[n][side].get("all")]
    print(f"{side} all-fields-right: {len(ok)}/{len(J)} {ok}")
