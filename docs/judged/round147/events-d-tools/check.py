"""Checks judge d's output files against the items (order, n/doc/trigger, all = and of six, spurious all false, 6 paragraphs)."""
import json
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]
items = [json.loads(l) for l in open(HERE / "events-d-items.jsonl")]
out = [json.loads(l) for l in open(HERE / "events-d.jsonl")]
F = ["event", "type", "source", "target", "date", "modality"]
assert len(out) == 50
for a, b in zip(items, out):
    assert {k: b[k] for k in a} == a, a["n"]
    v = b["verdict"]
    assert v["all"] == all(v[k] for k in F), a["n"]
    if not v["event"]:
        assert not any(v.values()), a["n"]
    assert b["reasons"]
paras = [json.loads(l) for l in open(HERE / "paragraphs-d-verdicts.jsonl")]
src = [json.loads(l) for l in open(HERE / "paragraphs-d.jsonl")]
assert len(paras) == 6 and [p["doc"] for p in paras] == [s["doc"] for s in src]
for p, s in zip(paras, src):
    assert p["dateline_events"] == len(s["events"]), p["doc"]
print("ok")
