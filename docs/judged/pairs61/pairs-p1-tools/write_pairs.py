#!/usr/bin/env python3
"""Write pairs-p1.jsonl (judge p1, pairs61) and check every item is judged; print counts."""
import json, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.dirname(HERE)
def ev(event=True, type=True, source=True, target=True, date=True, modality=True):
    if not event:
        type = source = target = date = modality = False
    return dict(event=event, type=type, source=source, target=target, date=date, modality=modality,
                all=all([event, type, source, target, date, modality]))
J = {
 1: dict(X=ev(), Y=ev(target=False), better="X",
   reasons="Both code the real ACCUSE (US accused 'the country' of infiltrating State/Energy Dept servers), "
           "type ACCUSE, source USA, undated background act (null/unknown right), asserted. 'the country' is a "
           "definite description: the story uses 'the country' for Angola throughout (paras 1, 3, 6), so X's Angola "
           "target is taken as right (reading it as China is possible but less supported by the story's usage; if "
           "China, X's target would also be wrong). Y leaves the target empty, which the rules make wrong for a "
           "referring description."),
 2: dict(X=ev(target=False), Y={"omit_right": False}, better="X",
   reasons="'hopes to visit the tiny nation in future' is a statement of intent to visit: CONSULT/visit, "
           "hypothetical, a real (if low-value) event, so Y's omission is not right. X: source Portuguese Foreign "
           "Minister PRT right, modality hypothetical right, undated future act null right; target Spain is wrong "
           "- 'the tiny nation' is the island (Tonga per the title), El Pais being Spanish does not make Spain the host. "
           "X preferred for capturing the event with all but the target right; the wrong PRT-ESP dyad is a real "
           "cost, softened by the hypothetical modality."),
 3: dict(X={"omit_right": False}, Y=ev(target=False), better="Y",
   reasons="Lead event: Barbados asked FIFA president Blatter to delay the deal signing = REQUEST, asserted, "
           "reported as news with 'has asked' so document date right, source Barbados BRB right. Target party "
           "Sepp Blatter is right but his code BRB/GOV is wrong (he acts as FIFA president: international body, "
           "empty code; not a Barbados government actor), so target is false. X misses the story's main event; "
           "Y better despite the wrong target code."),
}
items = [json.loads(l) for l in open(os.path.join(D, "items.jsonl")) if l.strip()]
ns = [it["n"] for it in items]
assert sorted(ns) == sorted(J), (ns, sorted(J))
for it in items:
    j = J[it["n"]]
    for s in "XY":
        assert (it[s] is None) == ("omit_right" in j[s]), (it["n"], s)
with open(os.path.join(D, "pairs-p1.jsonl"), "w") as f:
    for n in ns:
        j = J[n]
        f.write(json.dumps({"n": n, "X": j["X"], "Y": j["Y"], "better": j["better"], "reasons": j["reasons"]}) + "\n")
c = collections.defaultdict(list)
for n in ns: c[J[n]["better"]].append(n)
print("items judged:", len(ns))
for k in ("X", "Y", "same"): print(f"better {k}: {len(c[k])} {c[k]}")
for s in "XY":
    nn = [n for n in ns if "omit_right" not in J[n][s]]
    print(f"{s}: events {len(nn)}, all-fields-right {sum(J[n][s]['all'] for n in nn)}, "
          f"nulls {len(ns)-len(nn)} (omit right {sum(J[n][s].get('omit_right', False) for n in ns if n not in nn)})")
