# checks events-a.jsonl against the items and the brief's rules
import json
items = [json.loads(l) for l in open("events-a-items.jsonl")]
outs = [json.loads(l) for l in open("events-a.jsonl")]
F = ["event", "type", "source", "target", "date", "modality"]
assert len(outs) == 50
for i, o in zip(items, outs):
    assert (i["n"], i["doc"], i["trigger"]) == (o["n"], o["doc"], o["trigger"])
    assert {k: v for k, v in o.items() if k not in ("verdict", "reasons")} == i
    v = o["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]: assert not any(v.values())
    assert o["reasons"]
assert sum(1 for _ in open("paragraphs-a-verdicts.jsonl")) == 6
print("ok")
