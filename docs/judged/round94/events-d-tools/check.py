"""Check events-d.jsonl against the items and print per-field counts and paragraph totals."""
import json
F = ["event", "type", "source", "target", "date", "modality", "all"]
items = [json.loads(l) for l in open("events-d-items.jsonl")]
out = [json.loads(l) for l in open("events-d.jsonl")]
assert len(out) == 50
for a, b in zip(items, out):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    for k in a:
        assert a[k] == b[k]
    v = b["verdict"]
    assert v["all"] == all(v[k] for k in F[:-1])
    if not v["event"]:
        assert not any(v.values())
print({k: sum(o["verdict"][k] for o in out) for k in F})
P = [json.loads(l) for l in open("paragraphs-d-verdicts.jsonl")]
assert len(P) == 6
print("paragraphs", len(P), "coded", sum(len(p["coder_events"]) for p in P), "found", sum(p["found"] for p in P),
      "dateline", sum(p["dateline_events"] for p in P), "spurious", sum(p["spurious"] for p in P))
