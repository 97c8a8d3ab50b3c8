"""Checks the brief asks for: 50 verdict lines in item order, all == and of six, spurious all false, 6 paragraph lines."""
import json
F = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events-c-items.jsonl")]
ver = [json.loads(l) for l in open("events-c.jsonl")]
assert len(ver) == 50
for i, v in zip(items, ver):
    assert (i["n"], i["doc"], i["trigger"]) == (v["n"], v["doc"], v["trigger"])
    assert {k: i[k] for k in i} == {k: v[k] for k in i}, i["n"]
    vd = v["verdict"]
    assert vd["all"] == all(vd[f] for f in F)
    if not vd["event"]:
        assert not any(vd.values())
    assert v["reasons"]
paras = [json.loads(l) for l in open("paragraphs-c-verdicts.jsonl")]
assert len(paras) == 6
print("ok")
