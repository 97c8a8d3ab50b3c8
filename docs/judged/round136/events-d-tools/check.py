"""Check events-d.jsonl and paragraphs-d-verdicts.jsonl against the brief's rules."""
import json
items = [json.loads(l) for l in open("events-d-items.jsonl")]
ver = [json.loads(l) for l in open("events-d.jsonl")]
assert len(ver) == 50
K = ["event", "type", "source", "target", "date", "modality"]
for i, v in zip(items, ver):
    assert (i["n"], i["doc"], i["trigger"]) == (v["n"], v["doc"], v["trigger"])
    assert {k: v[k] for k in i} == i, "item changed"
    vd = v["verdict"]
    assert vd["all"] == all(vd[k] for k in K)
    if not vd["event"]:
        assert not any(vd.values())
    assert v["reasons"]
pv = [json.loads(l) for l in open("paragraphs-d-verdicts.jsonl")]
assert len(pv) == 6
print("ok", {k: sum(v["verdict"][k] for v in ver) for k in K + ["all"]})
