"""Checks the brief asks for. usage: python events-a-tools/check.py"""
import json
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]
items = [json.loads(l) for l in open(HERE / "events-a-items.jsonl")]
out = [json.loads(l) for l in open(HERE / "events-a.jsonl")]
assert len(out) == 50
F = ["event", "type", "source", "target", "date", "modality"]
for a, b in zip(items, out):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: v for k, v in b.items() if k not in ("verdict", "reasons")} == a
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
    assert b["reasons"]
paras = [json.loads(l) for l in open(HERE / "paragraphs-a-verdicts.jsonl")]
assert len(paras) == 6
print("ok")
