"""Check events-d.jsonl / paragraphs-d-verdicts.jsonl and print the counts."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
F = ["event", "type", "source", "target", "date", "modality", "all"]
items = [json.loads(l) for l in open(os.path.join(ROOT, "events-d-items.jsonl"))]
ver = [json.loads(l) for l in open(os.path.join(ROOT, "events-d.jsonl"))]
assert len(ver) == 50
for i, v in zip(items, ver):
    assert (i["n"], i["doc"], i["trigger"]) == (v["n"], v["doc"], v["trigger"])
    assert {k: v[k] for k in i} == i, "item object changed"
    vv = v["verdict"]
    assert vv["all"] == all(vv[f] for f in F[:-1])
    if not vv["event"]:
        assert not any(vv.values())
    assert v["reasons"].strip()
counts = {f: sum(v["verdict"][f] for v in ver) for f in F}
print("per field (of 50):", counts)
pv = [json.loads(l) for l in open(os.path.join(ROOT, "paragraphs-d-verdicts.jsonl"))]
assert len(pv) == 6
tot = dict(coded=sum(len(p["coder_events"]) for p in pv), found=sum(p["found"] for p in pv),
           dateline=sum(p["dateline_events"] for p in pv), spurious=sum(p["spurious"] for p in pv))
print("paragraphs:", tot)
for v in ver:
    w = [f for f in F[:-1] if not v["verdict"][f]]
    if w: print(v["n"], v["doc"], v["trigger"], w)
