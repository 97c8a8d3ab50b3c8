# Checks events-b.jsonl / paragraphs-b-verdicts.jsonl and prints the per-field counts.
import json
F = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events-b-items.jsonl")]
ev = [json.loads(l) for l in open("events-b.jsonl")]
assert len(ev) == 50
for a, b in zip(items, ev):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: v for k, v in b.items() if k not in ("verdict", "reasons")} == a
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
    assert b["reasons"].strip()
cnt = {f: sum(e["verdict"][f] for e in ev) for f in F + ["all"]}
print("per field (of 50):", cnt)
pv = [json.loads(l) for l in open("paragraphs-b-verdicts.jsonl")]
assert len(pv) == 6
tot = dict(coded=sum(len(p["coder_events"]) for p in pv), found=sum(p["found"] for p in pv),
           dateline=sum(p["dateline_events"] for p in pv), spurious=sum(p["spurious"] for p in pv))
print("paragraphs:", tot)
for p in pv: print(" ", p["doc"], len(p["coder_events"]), p["found"], p["dateline_events"], p["spurious"])
from collections import Counter
wrong = Counter(f for e in ev if e["verdict"]["event"] for f in F if not e["verdict"][f])
print("wrong fields among held events:", dict(wrong), "spurious:", sum(not e["verdict"]["event"] for e in ev))
