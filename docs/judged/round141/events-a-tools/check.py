"""Check events-a.jsonl and paragraphs-a-verdicts.jsonl and print the per-field counts."""
import json
items = [json.loads(l) for l in open("events-a-items.jsonl")]
ver = [json.loads(l) for l in open("events-a.jsonl")]
assert len(ver) == 50 == len(items)
F = ["event", "type", "source", "target", "date", "modality"]
for a, b in zip(items, ver):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: v for k, v in b.items() if k not in ("verdict", "reasons")} == a
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
    assert b["reasons"]
print({f: sum(b["verdict"][f] for b in ver) for f in F + ["all"]})
ps = [json.loads(l) for l in open("paragraphs-a-verdicts.jsonl")]
assert len(ps) == 6
print("paragraphs:", {k: sum(len(p[k]) if k == "coder_events" else p[k] for p in ps) for k in ["coder_events", "found", "dateline_events", "spurious"]})
