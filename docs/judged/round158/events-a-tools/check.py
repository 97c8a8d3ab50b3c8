"""Check events-a.jsonl and paragraphs-a-verdicts.jsonl against the brief, and print the per-field counts.

usage (from docs/judged/round158): python events-a-tools/check.py
"""
import json

FIELDS = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events-a-items.jsonl")]
out = [json.loads(l) for l in open("events-a.jsonl")]
assert len(out) == 50
for i, o in zip(items, out):
    assert (i["n"], i["doc"], i["trigger"]) == (o["n"], o["doc"], o["trigger"])
    assert {k: v for k, v in o.items() if k not in ("verdict", "reasons")} == i
    v = o["verdict"]
    assert v["all"] == all(v[f] for f in FIELDS)
    if not v["event"]:
        assert not any(v.values())
    assert o["reasons"]
counts = {f: sum(o["verdict"][f] for o in out) for f in FIELDS + ["all"]}
print("per field right of 50:", counts)
paras = [json.loads(l) for l in open("paragraphs-a.jsonl")]
pv = [json.loads(l) for l in open("paragraphs-a-verdicts.jsonl")]
assert len(pv) == 6 and [p["doc"] for p in paras] == [p["doc"] for p in pv]
for p, q in zip(paras, pv):
    assert q["dateline_events"] == len(p["events"]) and q["found"] <= len(q["coder_events"])
print("paragraphs: coded", sum(len(q["coder_events"]) for q in pv), "found", sum(q["found"] for q in pv),
      "dateline", sum(q["dateline_events"] for q in pv), "spurious", sum(q["spurious"] for q in pv))
