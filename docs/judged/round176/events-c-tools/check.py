"""Check events-c.jsonl and paragraphs-c-verdicts.jsonl against the brief's rules."""
import json
F = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events-c-items.jsonl")]
out = [json.loads(l) for l in open("events-c.jsonl")]
assert len(out) == 50
for a, b in zip(items, out):
    assert all(a[k] == b[k] for k in a), a["n"]
    assert (b["n"], b["doc"], b["trigger"]) == (a["n"], a["doc"], a["trigger"])
    v = b["verdict"]
    assert v["all"] == all(v[k] for k in F), a["n"]
    if not v["event"]:
        assert not any(v.values()), a["n"]
    assert b["reasons"]
paras = [json.loads(l) for l in open("paragraphs-c.jsonl")]
pv = [json.loads(l) for l in open("paragraphs-c-verdicts.jsonl")]
assert len(pv) == 6 and [p["doc"] for p in paras] == [p["doc"] for p in pv]
for p, q in zip(paras, pv):
    assert q["dateline_events"] == len(p["events"]), p["doc"]
    assert q["found"] <= len(q["coder_events"]) and q["spurious"] <= q["dateline_events"]
print("ok")
