"""Check events-a.jsonl against the items and paragraphs-a-verdicts.jsonl line count."""
import json
items = [json.loads(l) for l in open("events-a-items.jsonl")]
outs = [json.loads(l) for l in open("events-a.jsonl")]
F = ["event", "type", "source", "target", "date", "modality"]
assert len(outs) == 50
for i, o in zip(items, outs):
    assert all(o[k] == i[k] for k in i), i["n"]
    assert (o["n"], o["doc"], o["trigger"]) == (i["n"], i["doc"], i["trigger"])
    v = o["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v[f] for f in F + ["all"])
    assert o["reasons"]
assert sum(1 for _ in open("paragraphs-a-verdicts.jsonl")) == 6
print("ok")
