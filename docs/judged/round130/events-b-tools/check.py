"""Check events-b.jsonl / paragraphs-b-verdicts.jsonl and print per-field counts."""
import json
F = ["event", "type", "source", "target", "date", "modality", "all"]
items = [json.loads(l) for l in open("events-b-items.jsonl")]
out = [json.loads(l) for l in open("events-b.jsonl")]
assert len(out) == 50
for a, b in zip(items, out):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert all(b[k] == a[k] for k in a)
    v = b["verdict"]
    assert v["all"] == all(v[k] for k in F[:-1])
    if not v["event"]:
        assert not any(v.values())
    assert b["reasons"]
print("per field right (of 50):", {k: sum(o["verdict"][k] for o in out) for k in F})
pv = [json.loads(l) for l in open("paragraphs-b-verdicts.jsonl")]
assert len(pv) == 6
print("paragraphs:", {"coded": sum(len(p["coder_events"]) for p in pv), "found": sum(p["found"] for p in pv),
      "dateline_events": sum(p["dateline_events"] for p in pv), "spurious": sum(p["spurious"] for p in pv)})
for p in pv:
    print(" ", p["doc"], len(p["coder_events"]), p["found"], p["dateline_events"], p["spurious"])
