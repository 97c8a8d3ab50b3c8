"""Check judge d's files against the brief: 50 verdict lines in item order, all == and of six, spurious false everywhere, 6 paragraph lines."""
import json
F = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events-d-items.jsonl")]
ev = [json.loads(l) for l in open("events-d.jsonl")]
assert len(ev) == 50
for a, b in zip(items, ev):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: b[k] for k in a} == a, a["n"]
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v[f] for f in F + ["all"])
    assert b["reasons"]
pv = [json.loads(l) for l in open("paragraphs-d-verdicts.jsonl")]
assert len(pv) == 6 and [p["doc"] for p in pv] == [json.loads(l)["doc"] for l in open("paragraphs-d.jsonl")]
print("ok")
