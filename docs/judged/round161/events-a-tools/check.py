"""Checks the brief asks for before finishing."""
import json
items = [json.loads(l) for l in open("events-a-items.jsonl")]
outs = [json.loads(l) for l in open("events-a.jsonl")]
assert len(outs) == 50
F = ["event", "type", "source", "target", "date", "modality"]
for a, b in zip(items, outs):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert all(b[k] == a[k] for k in a)
    v = b["verdict"]
    assert v["all"] == all(v[k] for k in F)
    if not v["event"]:
        assert not any(v.values())
    assert b["reasons"]
paras = [json.loads(l) for l in open("paragraphs-a-verdicts.jsonl")]
assert len(paras) == 6
print("ok")
