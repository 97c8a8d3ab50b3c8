"""Checks the brief asks for before finishing."""
import json
items = [json.loads(l) for l in open("events-a-items.jsonl")]
ver = [json.loads(l) for l in open("events-a.jsonl")]
F = ["event", "type", "source", "target", "date", "modality"]
assert len(ver) == 50
for a, b in zip(items, ver):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: b[k] for k in a} == a, "item changed"
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v[f] for f in F + ["all"])
    assert b["reasons"]
pars = [json.loads(l) for l in open("paragraphs-a-verdicts.jsonl")]
src = [json.loads(l) for l in open("paragraphs-a.jsonl")]
assert len(pars) == 6 and [p["doc"] for p in pars] == [s["doc"] for s in src]
for p, s in zip(pars, src):
    assert p["dateline_events"] == len(s["events"])
    assert p["found"] <= len(p["coder_events"]) and p["spurious"] <= p["dateline_events"]
print("ok")
