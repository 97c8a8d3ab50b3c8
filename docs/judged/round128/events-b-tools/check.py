import json
items = [json.loads(l) for l in open("events-b-items.jsonl")]
ver = [json.loads(l) for l in open("events-b.jsonl")]
F = ["event", "type", "source", "target", "date", "modality"]
assert len(ver) == 38
for i, v in zip(items, ver):
    assert (i["n"], i["doc"], i["trigger"]) == (v["n"], v["doc"], v["trigger"])
    assert {k: v[k] for k in i} == i, i["n"]
    vd = v["verdict"]
    assert vd["all"] == all(vd[f] for f in F)
    if not vd["event"]: assert not any(vd.values())
    assert v["reasons"]
ps = [json.loads(l) for l in open("paragraphs-b-verdicts.jsonl")]
assert len(ps) == 6
print("ok")
