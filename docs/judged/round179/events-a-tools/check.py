"""Check events-a.jsonl and paragraphs-a-verdicts.jsonl, print per-field counts and paragraph totals."""
import json
F = ["event", "type", "source", "target", "date", "modality", "all"]
items = [json.loads(l) for l in open("events-a-items.jsonl")]
ver = [json.loads(l) for l in open("events-a.jsonl")]
assert len(ver) == 45
for i, v in zip(items, ver):
    assert (i["n"], i["doc"], i["trigger"]) == (v["n"], v["doc"], v["trigger"])
    assert {k: v[k] for k in i} == i, "item object changed"
    d = v["verdict"]
    assert d["all"] == all(d[f] for f in F[:-1])
    if not d["event"]:
        assert not any(d.values())
    assert v["reasons"]
print({f: sum(v["verdict"][f] for v in ver) for f in F}, "of", len(ver))
P = [json.loads(l) for l in open("paragraphs-a-verdicts.jsonl")]
assert len(P) == 6
print("paragraphs:", {k: sum(len(p[k]) if k == "coder_events" else p[k] for p in P)
                      for k in ["coder_events", "found", "dateline_events", "spurious"]})
