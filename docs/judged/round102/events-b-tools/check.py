"""Checks the brief asks for before finishing."""
import json
items = [json.loads(l) for l in open("events-b-items.jsonl")]
ver = [json.loads(l) for l in open("events-b.jsonl")]
keys = ["event", "type", "source", "target", "date", "modality"]
assert len(ver) == 50
for a, b in zip(items, ver):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: v for k, v in b.items() if k not in ("verdict", "reasons")} == a
    v = b["verdict"]
    assert v["all"] == all(v[k] for k in keys)
    if not v["event"]:
        assert not any(v[k] for k in keys + ["all"])
    assert b["reasons"]
par = [json.loads(l) for l in open("paragraphs-b-verdicts.jsonl")]
assert len(par) == 6
assert [p["doc"] for p in par] == [json.loads(l)["doc"] for l in open("paragraphs-b.jsonl")]
print("ok")
