"""Check events-b.jsonl against the items and print per-field counts."""
import json
F = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events-b-items.jsonl")]
out = [json.loads(l) for l in open("events-b.jsonl")]
assert len(out) == 50
for a, b in zip(items, out):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: v for k, v in b.items() if k not in ("verdict", "reasons")} == a
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
paras = [json.loads(l) for l in open("paragraphs-b-verdicts.jsonl")]
assert len(paras) == 6
for f in F + ["all"]:
    print(f, sum(o["verdict"][f] for o in out), "/ 50")
print("wrong by field:", {f: [o["n"] for o in out if not o["verdict"][f]] for f in F})
