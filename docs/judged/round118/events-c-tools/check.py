import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
it = [json.loads(l) for l in open(os.path.join(ROOT, "events-c-items.jsonl"))]
ev = [json.loads(l) for l in open(os.path.join(ROOT, "events-c.jsonl"))]
F = ["event", "type", "source", "target", "date", "modality"]
assert len(ev) == 50
for a, b in zip(it, ev):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: b[k] for k in a} == a
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v[f] for f in F + ["all"])
    assert b["reasons"]
p = [json.loads(l) for l in open(os.path.join(ROOT, "paragraphs-c-verdicts.jsonl"))]
assert len(p) == 6
print("ok")
