import json
items = [json.loads(l) for l in open("events-d-items.jsonl")]
outs = [json.loads(l) for l in open("events-d.jsonl")]
assert len(outs) == 50
F = ["event", "type", "source", "target", "date", "modality"]
for i, o in zip(items, outs):
    assert (i["n"], i["doc"], i["trigger"]) == (o["n"], o["doc"], o["trigger"])
    assert {k: v for k, v in o.items() if k not in ("verdict", "reasons")} == i
    v = o["verdict"]
    assert v["all"] == all(v[k] for k in F)
    if not v["event"]:
        assert not any(v.values())
    assert o["reasons"]
p = [json.loads(l) for l in open("paragraphs-d-verdicts.jsonl")]
assert len(p) == 6
print("ok")
