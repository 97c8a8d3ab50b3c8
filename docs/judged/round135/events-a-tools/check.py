"""Check events-a.jsonl and paragraphs-a-verdicts.jsonl and print the counts for the report."""
import json, os
ROUND = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
F = ["event", "type", "source", "target", "date", "modality", "all"]
items = [json.loads(l) for l in open(os.path.join(ROUND, "events-a-items.jsonl"))]
ver = [json.loads(l) for l in open(os.path.join(ROUND, "events-a.jsonl"))]
assert len(ver) == 50
for a, b in zip(items, ver):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: b[k] for k in a} == a, "item changed"
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F[:-1])
    if not v["event"]:
        assert not any(v.values())
    assert b["reasons"]
print({f: sum(b["verdict"][f] for b in ver) for f in F})
ps = [json.loads(l) for l in open(os.path.join(ROUND, "paragraphs-a-verdicts.jsonl"))]
assert len(ps) == 6
print({"coded": sum(len(p["coder_events"]) for p in ps), "found": sum(p["found"] for p in ps),
       "dateline_events": sum(p["dateline_events"] for p in ps), "spurious": sum(p["spurious"] for p in ps)})
