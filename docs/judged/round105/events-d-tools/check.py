"""Final checks on events-d.jsonl and paragraphs-d-verdicts.jsonl."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
items = [json.loads(l) for l in open(os.path.join(ROOT, "events-d-items.jsonl"))]
outs = [json.loads(l) for l in open(os.path.join(ROOT, "events-d.jsonl"))]
assert len(outs) == 50 == len(items)
F = ["event","type","source","target","date","modality"]
for a, b in zip(items, outs):
    assert all(a[k] == b[k] for k in a), a["n"]
    v = b["verdict"]
    assert v["all"] == all(v[k] for k in F)
    if not v["event"]: assert not any(v.values())
    assert b["reasons"]
paras = [json.loads(l) for l in open(os.path.join(ROOT, "paragraphs-d-verdicts.jsonl"))]
assert len(paras) == 6
print("ok")
