"""Check events-c.jsonl and paragraphs-c-verdicts.jsonl against the brief's requirements."""
import json
F = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events-c-items.jsonl")]
ver = [json.loads(l) for l in open("events-c.jsonl")]
assert len(ver) == 50
for it, v in zip(items, ver):
    assert (it["n"], it["doc"], it["trigger"]) == (v["n"], v["doc"], v["trigger"])
    assert {k: v[k] for k in it} == it, "item object changed"
    vd = v["verdict"]
    assert vd["all"] == all(vd[f] for f in F)
    if not vd["event"]:
        assert not any(vd.values())
    assert v["reasons"]
pars = [json.loads(l) for l in open("paragraphs-c-verdicts.jsonl")]
assert len(pars) == 6
assert [p["doc"] for p in pars] == [json.loads(l)["doc"] for l in open("paragraphs-c.jsonl")]
for p, src in zip(pars, [json.loads(l) for l in open("paragraphs-c.jsonl")]):
    assert p["dateline_events"] == len(src["events"])
print("ok")
