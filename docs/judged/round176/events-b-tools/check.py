"""Check judge b's round-176 files and print the per-field counts and paragraph totals.

usage (from docs/judged/round176): python events-b-tools/check.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
items = [json.loads(l) for l in open(HERE / "events-b-items.jsonl")]
ver = [json.loads(l) for l in open(HERE / "events-b.jsonl")]
assert len(ver) == 50 == len(items)
keys = ["event", "type", "source", "target", "date", "modality"]
for it, v in zip(items, ver):
    assert (it["n"], it["doc"], it["trigger"]) == (v["n"], v["doc"], v["trigger"]), it["n"]
    assert {k: v[k] for k in it} == it, f"item {it['n']} changed"
    vd = v["verdict"]
    assert all(isinstance(vd[k], bool) for k in keys + ["all"])
    assert vd["all"] == all(vd[k] for k in keys), it["n"]
    if not vd["event"]:
        assert not any(vd[k] for k in keys + ["all"]), it["n"]
    assert v["reasons"].strip()
counts = {k: sum(v["verdict"][k] for v in ver) for k in keys + ["all"]}
print("right of 50:", counts)
for k in keys:
    print(f"  {k} wrong: {[v['n'] for v in ver if not v['verdict'][k]]}")
paras = [json.loads(l) for l in open(HERE / "paragraphs-b-verdicts.jsonl")]
src = [json.loads(l) for l in open(HERE / "paragraphs-b.jsonl")]
assert len(paras) == 6 and [p["doc"] for p in paras] == [p["doc"] for p in src]
for p, s in zip(paras, src):
    assert p["dateline_events"] == len(s["events"])
    assert p["found"] <= len(p["coder_events"]) and p["spurious"] <= p["dateline_events"]
tot = {k: sum(len(p["coder_events"]) if k == "coder_events" else p[k] for p in paras)
       for k in ["coder_events", "found", "dateline_events", "spurious"]}
print("paragraphs:", tot)
print("OK")
