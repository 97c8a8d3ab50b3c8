"""Check events-d.jsonl and paragraphs-d-verdicts.jsonl and print per-field counts."""
import json
F = ["event", "type", "source", "target", "date", "modality", "all"]
items = [json.loads(l) for l in open("events-d-items.jsonl")]
ev = [json.loads(l) for l in open("events-d.jsonl")]
assert len(ev) == 50
for a, b in zip(items, ev):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F[:-1])
    if not v["event"]:
        assert not any(v.values())
    assert b["reasons"]
print({f: sum(e["verdict"][f] for e in ev) for f in F}, "of 50")
P = [json.loads(l) for l in open("paragraphs-d-verdicts.jsonl")]
pd = [json.loads(l)["doc"] for l in open("paragraphs-d.jsonl")]
assert [p["doc"] for p in P] == pd
print("paragraphs", len(P), "coded acts", sum(len(p["coder_events"]) for p in P),
      "found", sum(p["found"] for p in P), "dateline", sum(p["dateline_events"] for p in P),
      "spurious", sum(p["spurious"] for p in P))
