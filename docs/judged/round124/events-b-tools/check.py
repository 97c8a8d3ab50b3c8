"""Check events-b.jsonl against the items and paragraphs-b-verdicts.jsonl for completeness."""
import json
F = ("event", "type", "source", "target", "date", "modality")
items = [json.loads(l) for l in open("events-b-items.jsonl")]
ver = [json.loads(l) for l in open("events-b.jsonl")]
assert len(ver) == 50
for a, b in zip(items, ver):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: v for k, v in b.items() if k not in ("verdict", "reasons")} == a
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v[f] for f in F + ("all",))
    assert b["reasons"]
par = [json.loads(l) for l in open("paragraphs-b-verdicts.jsonl")]
assert len(par) == 6
print("ok")
