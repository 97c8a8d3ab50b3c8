#!/usr/bin/env python3
"""Write pairs-p2.jsonl from the judgements below, check every item is judged, print counts."""
import json, os
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__)); D = os.path.dirname(HERE)
F = ["event", "type", "source", "target", "date", "modality", "all"]
def s(**kw):
    d = {k: kw.get(k, True) for k in F[:-1]}; d["all"] = all(d.values()); return d
J = {
 1: (s(target=False), s(target=False), "Y",
     "Same event (ACCUSE, US source, undated background act, asserted: all right). 'the country' the US accused of "
     "infiltrating State/Energy Dept servers refers to China, the sentence's subject. X names Angola (wrong party, "
     "the previous sentence's referent); Y leaves the target empty, wrong by the definite-description rule. Both fail "
     "target; Y preferred as it asserts no false party."),
 2: (s(target=False), {"omit_right": False}, "X",
     "'he hopes to visit the tiny nation in future' is an intended visit: CONSULT visit, Portuguese Foreign Minister "
     "(PRT/GOV) source right, hypothetical modality right, no date (unknown) right. Target Spain is wrong: 'the tiny "
     "nation' is the unnamed island nation, not Spain (only El Pais is Spanish). Y codes nothing, missing the event. "
     "X preferred for the event, with a wrong target."),
 3: ({"omit_right": False}, s(target=False), "Y",
     "'Barbados has asked FIFA president Sepp Blatter to delay the signing' is a REQUEST, Barbados source, reported as "
     "news (document date) asserted. Target Blatter is the right party but the code BRB/GOV is wrong (he is FIFA's "
     "president, not a Barbadian official). X misses the event entirely; Y preferred."),
}
items = [json.loads(l) for l in open(os.path.join(D, "items.jsonl"))]
assert {i["n"] for i in items} == set(J), "not every item judged"
with open(os.path.join(D, "pairs-p2.jsonl"), "w") as f:
    for i in items:
        x, y, b, r = J[i["n"]]
        assert (i["X"] is None) == ("omit_right" in x) and (i["Y"] is None) == ("omit_right" in y)
        f.write(json.dumps({"n": i["n"], "X": x, "Y": y, "better": b, "reasons": r}, ensure_ascii=False) + "\n")
c = Counter(J[n][2] for n in J)
print("items", len(items), "better", dict(c), {k: [n for n in J if J[n][2] == k] for k in c})
for side in (0, 1):
    v = [J[n][side] for n in J if "all" in J[n][side]]
    print("XY"[side], "non-null", len(v), "all-right", sum(e["all"] for e in v),
          "field-right", {k: sum(e[k] for e in v) for k in F})
