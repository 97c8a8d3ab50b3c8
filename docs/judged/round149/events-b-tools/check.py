"""Checks required by the brief for judge b's output."""
import json
from pathlib import Path
H = Path(__file__).resolve().parents[1]
items = [json.loads(l) for l in open(H / "events-b-items.jsonl")]
out = [json.loads(l) for l in open(H / "events-b.jsonl")]
F = ["event", "type", "source", "target", "date", "modality"]
assert len(out) == 50
for i, o in zip(items, out):
    assert all(o[k] == i[k] for k in i), i["n"]           # item object unchanged
    v = o["verdict"]
    assert v["all"] == all(v[f] for f in F), i["n"]
    if not v["event"]:
        assert not any(v.values()), i["n"]
    assert o["reasons"].strip()
paras = [json.loads(l) for l in open(H / "paragraphs-b.jsonl")]
pv = [json.loads(l) for l in open(H / "paragraphs-b-verdicts.jsonl")]
assert len(pv) == 6 and [p["doc"] for p in paras] == [p["doc"] for p in pv]
for p, q in zip(paras, pv):
    assert q["dateline_events"] == len(p["events"]), p["doc"]
    assert q["found"] <= len(q["coder_events"]) and q["spurious"] <= q["dateline_events"]
print("all checks pass")
