"""Check events-a.jsonl against the items and paragraphs-a-verdicts.jsonl against the paragraphs."""
import json
items = [json.loads(l) for l in open("events-a-items.jsonl")]
out = [json.loads(l) for l in open("events-a.jsonl")]
F = ["event", "type", "source", "target", "date", "modality"]
assert len(out) == 50
for i, o in zip(items, out):
    assert (i["n"], i["doc"], i["trigger"]) == (o["n"], o["doc"], o["trigger"])
    assert {k: v for k, v in o.items() if k not in ("verdict", "reasons")} == i
    v = o["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]: assert not any(v.values())
    assert o["reasons"]
p = [json.loads(l) for l in open("paragraphs-a-verdicts.jsonl")]
assert len(p) == 6 and [x["doc"] for x in p] == [json.loads(l)["doc"] for l in open("paragraphs-a.jsonl")]
print("ok")
