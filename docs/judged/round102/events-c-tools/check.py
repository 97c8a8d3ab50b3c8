"""Check events-c.jsonl and paragraphs-c-verdicts.jsonl against the brief's rules."""
import json
from pathlib import Path
H = Path(__file__).resolve().parents[1]
items = [json.loads(l) for l in open(H / "events-c-items.jsonl")]
ver = [json.loads(l) for l in open(H / "events-c.jsonl")]
assert len(ver) == 50
F = ["event", "type", "source", "target", "date", "modality"]
for a, b in zip(items, ver):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: b[k] for k in a} == a, a["n"]
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
    assert b["reasons"]
par = [json.loads(l) for l in open(H / "paragraphs-c-verdicts.jsonl")]
assert len(par) == 6
for p in par:
    assert p["found"] <= len(p["coder_events"]) and p["spurious"] <= p["dateline_events"]
print("ok")
