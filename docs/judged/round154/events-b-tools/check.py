"""Final checks on events-b.jsonl and paragraphs-b-verdicts.jsonl."""
import json
F = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events-b-items.jsonl")]
outs = [json.loads(l) for l in open("events-b.jsonl")]
assert len(outs) == 50
for it, o in zip(items, outs):
    assert (it["n"], it["doc"], it["trigger"]) == (o["n"], o["doc"], o["trigger"])
    assert {k: o[k] for k in it} == it, it["n"]
    v = o["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
    assert o["reasons"]
pars = [json.loads(l) for l in open("paragraphs-b-verdicts.jsonl")]
assert len(pars) == 6
assert [p["doc"] for p in pars] == [json.loads(l)["doc"] for l in open("paragraphs-b.jsonl")]
for p, src in zip(pars, [json.loads(l) for l in open("paragraphs-b.jsonl")]):
    assert p["dateline_events"] == len(src["events"])
print("ok")
