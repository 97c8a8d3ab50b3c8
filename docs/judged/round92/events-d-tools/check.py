"""Checks on judge d's round-92 output."""
import json
items = [json.loads(l) for l in open("events-d-items.jsonl")]
ver = [json.loads(l) for l in open("events-d.jsonl")]
F = ["event", "type", "source", "target", "date", "modality"]
assert len(ver) == 48 == len(items)
for a, b in zip(items, ver):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: v for k, v in b.items() if k not in ("verdict", "reasons")} == a
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
    assert b["reasons"]
pars = [json.loads(l) for l in open("paragraphs-d-verdicts.jsonl")]
assert len(pars) == 6
print("ok")
