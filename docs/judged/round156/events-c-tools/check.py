"""Check events-c.jsonl and paragraphs-c-verdicts.jsonl against the brief; print per-field counts."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
F = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open(os.path.join(ROOT, "events-c-items.jsonl"))]
ver = [json.loads(l) for l in open(os.path.join(ROOT, "events-c.jsonl"))]
assert len(ver) == 45
for it, v in zip(items, ver):
    assert (it["n"], it["doc"], it["trigger"]) == (v["n"], v["doc"], v["trigger"])
    assert {k: v[k] for k in it} == it
    vd = v["verdict"]
    assert vd["all"] == all(vd[f] for f in F)
    if not vd["event"]:
        assert not any(vd.values())
    assert v["reasons"]
counts = {f: sum(v["verdict"][f] for v in ver) for f in F + ["all"]}
print("right of 45:", counts)
ps = [json.loads(l) for l in open(os.path.join(ROOT, "paragraphs-c-verdicts.jsonl"))]
assert len(ps) == 6
tot = {k: sum(len(p[k]) if k == "coder_events" else p[k] for p in ps) for k in ["coder_events", "found", "dateline_events", "spurious"]}
print("paragraphs:", tot)
