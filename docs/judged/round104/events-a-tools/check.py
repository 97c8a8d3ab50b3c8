"""Check events-a.jsonl against the items and print per-field counts and paragraph totals."""
import json
items = [json.loads(l) for l in open("events-a-items.jsonl")]
ver = [json.loads(l) for l in open("events-a.jsonl")]
assert len(ver) == 49 == len(items)
F = ["event", "type", "source", "target", "date", "modality"]
for a, b in zip(items, ver):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: v for k, v in b.items() if k not in ("verdict", "reasons")} == a
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v[f] for f in F + ["all"])
    assert b["reasons"]
counts = {f: sum(b["verdict"][f] for b in ver) for f in F + ["all"]}
print(counts)
ps = [json.loads(l) for l in open("paragraphs-a-verdicts.jsonl")]
assert len(ps) == 6
print({"coded": sum(len(p["coder_events"]) for p in ps), "found": sum(p["found"] for p in ps),
       "dateline_events": sum(p["dateline_events"] for p in ps), "spurious": sum(p["spurious"] for p in ps)})
from collections import Counter
print(Counter(b["type"] for b in ver if not b["verdict"]["all"]))
