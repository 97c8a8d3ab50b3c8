"""Check events-c.jsonl and paragraphs-c-verdicts.jsonl and print the counts."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
F = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open(os.path.join(ROOT, "events-c-items.jsonl"))]
ver = [json.loads(l) for l in open(os.path.join(ROOT, "events-c.jsonl"))]
assert len(ver) == 50
for a, b in zip(items, ver):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: v for k, v in b.items() if k not in ("verdict", "reasons")} == a
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
    assert b["reasons"]
counts = {f: sum(b["verdict"][f] for b in ver) for f in F + ["all"]}
print("right of 50:", counts)
ps = [json.loads(l) for l in open(os.path.join(ROOT, "paragraphs-c-verdicts.jsonl"))]
assert len(ps) == 6
print("paragraphs: coded", sum(len(p["coder_events"]) for p in ps), "found", sum(p["found"] for p in ps),
      "dateline", sum(p["dateline_events"] for p in ps), "spurious", sum(p["spurious"] for p in ps))
