"""Check events-d.jsonl against the items and print per-field counts and paragraph totals."""
import json
F = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events-d-items.jsonl")]
out = [json.loads(l) for l in open("events-d.jsonl")]
assert len(out) == 50
for a, b in zip(items, out):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert all(b[k] == a[k] for k in a)
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
    assert b["reasons"]
for f in F + ["all"]:
    print(f"{f:9s} {sum(o['verdict'][f] for o in out)}/50")
P = [json.loads(l) for l in open("paragraphs-d-verdicts.jsonl")]
assert len(P) == 6
print("paragraphs: coded", sum(len(p["coder_events"]) for p in P), "found", sum(p["found"] for p in P),
      "dateline", sum(p["dateline_events"] for p in P), "spurious", sum(p["spurious"] for p in P))
