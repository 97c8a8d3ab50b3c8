"""Check events-b.jsonl against the items and the paragraph verdicts file."""
import json
items = [json.loads(l) for l in open("events-b-items.jsonl")]
out = [json.loads(l) for l in open("events-b.jsonl")]
F = ["event", "type", "source", "target", "date", "modality"]
assert len(out) == 50
for a, b in zip(items, out):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: v for k, v in b.items() if k not in ("verdict", "reasons")} == a
    v = b["verdict"]
    assert v["all"] == all(v[k] for k in F)
    if not v["event"]:
        assert not any(v.values())
    assert b["reasons"]
p = [json.loads(l) for l in open("paragraphs-b-verdicts.jsonl")]
assert len(p) == 6
print("ok", {k: sum(o["verdict"][k] for o in out) for k in F + ["all"]})
