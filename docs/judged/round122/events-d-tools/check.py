"""Check events-d.jsonl against the items and print per-field counts and paragraph totals."""
import json
F = ["event", "type", "source", "target", "date", "modality", "all"]
items = [json.loads(l) for l in open("events-d-items.jsonl")]
ev = [json.loads(l) for l in open("events-d.jsonl")]
assert len(ev) == 44 == len(items)
for a, b in zip(items, ev):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: b[k] for k in a} == a
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F[:-1])
    if not v["event"]:
        assert not any(v.values())
print({f: sum(e["verdict"][f] for e in ev) for f in F}, "of", len(ev))
P = [json.loads(l) for l in open("paragraphs-d-verdicts.jsonl")]
assert len(P) == 6
print("paragraphs: coded", sum(len(p["coder_events"]) for p in P), "found", sum(p["found"] for p in P),
      "dateline", sum(p["dateline_events"] for p in P), "spurious", sum(p["spurious"] for p in P))
