# checks events-b.jsonl against the items and prints per-field counts
import json
items = [json.loads(l) for l in open("events-b-items.jsonl")]
out = [json.loads(l) for l in open("events-b.jsonl")]
keys = ["event", "type", "source", "target", "date", "modality"]
assert len(out) == 50
for a, b in zip(items, out):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: v for k, v in b.items() if k not in ("verdict", "reasons")} == a
    v = b["verdict"]
    assert v["all"] == all(v[k] for k in keys)
    if not v["event"]:
        assert not any(v.values())
    assert b["reasons"]
assert sum(1 for _ in open("paragraphs-b-verdicts.jsonl")) == 6
for k in keys + ["all"]:
    print(k, sum(b["verdict"][k] for b in out), "/ 50")
print("OK")
