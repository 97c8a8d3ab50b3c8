"""Checks the brief asks for before finishing."""
import json
items = [json.loads(l) for l in open("events-b-items.jsonl")]
outs = [json.loads(l) for l in open("events-b.jsonl")]
assert len(outs) == 50
K = ("event", "type", "source", "target", "date", "modality")
for it, o in zip(items, outs):
    assert all(o[k] == it[k] for k in it), it["n"]
    assert (o["n"], o["doc"], o["trigger"]) == (it["n"], it["doc"], it["trigger"])
    v = o["verdict"]
    assert v["all"] == all(v[k] for k in K)
    if not v["event"]:
        assert not any(v.values())
    assert o["reasons"]
paras = [json.loads(l) for l in open("paragraphs-b-verdicts.jsonl")]
assert len(paras) == 6
print("ok")
