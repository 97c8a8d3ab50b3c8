"""Judge d, round 164: the brief's final checks on events-d.jsonl and paragraphs-d-verdicts.jsonl."""
import json
F = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events-d-items.jsonl")]
rows = [json.loads(l) for l in open("events-d.jsonl")]
assert len(rows) == 50
for it, r in zip(items, rows):
    assert (it["n"], it["doc"], it["trigger"]) == (r["n"], r["doc"], r["trigger"])
    assert {k: r[k] for k in it} == it, "item object changed"
    v = r["verdict"]
    assert v["all"] == all(v[k] for k in F)
    if not v["event"]:
        assert not any(v.values())
    assert r["reasons"]
paras = [json.loads(l) for l in open("paragraphs-d-verdicts.jsonl")]
assert len(paras) == 6
print("ok: 50 verdicts in order, all == and of six, spurious all false, 6 paragraph lines")
