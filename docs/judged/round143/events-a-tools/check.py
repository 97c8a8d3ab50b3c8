"""Check events-a.jsonl against events-a-items.jsonl and paragraphs-a-verdicts.jsonl."""
import json
items = [json.loads(l) for l in open("events-a-items.jsonl")]
out = [json.loads(l) for l in open("events-a.jsonl")]
assert len(out) == 50 == len(items)
six = ["event", "type", "source", "target", "date", "modality"]
for i, o in zip(items, out):
    assert (i["n"], i["doc"], i["trigger"]) == (o["n"], o["doc"], o["trigger"])
    assert {k: v for k, v in o.items() if k not in ("verdict", "reasons")} == i
    v = o["verdict"]
    assert v["all"] == all(v[k] for k in six)
    if not v["event"]:
        assert not any(v.values())
    assert o["reasons"]
pv = [json.loads(l) for l in open("paragraphs-a-verdicts.jsonl")]
pd = [json.loads(l)["doc"] for l in open("paragraphs-a.jsonl")]
assert [p["doc"] for p in pv] == pd and len(pv) == 6
for p, src in zip(pv, [json.loads(l) for l in open("paragraphs-a.jsonl")]):
    assert p["dateline_events"] == len(src["events"])
print("ok")
