"""Check events-a.jsonl against the items and print per-field counts. usage (from docs/judged/round131): python events-a-tools/check.py"""
import json
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]
F = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open(HERE / "events-a-items.jsonl")]
out = [json.loads(l) for l in open(HERE / "events-a.jsonl")]
assert len(out) == 50 == len(items)
for a, b in zip(items, out):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: v for k, v in b.items() if k not in ("verdict", "reasons")} == a
    v = b["verdict"]
    assert v["all"] == all(v[k] for k in F)
    if not v["event"]:
        assert not any(v[k] for k in F + ["all"])
    assert b["reasons"]
paras = [json.loads(l) for l in open(HERE / "paragraphs-a-verdicts.jsonl")]
assert len(paras) == 6
for k in F + ["all"]:
    print(f"{k:9s} {sum(o['verdict'][k] for o in out)}/50")
print("paragraphs: coded", sum(len(p["coder_events"]) for p in paras), "found", sum(p["found"] for p in paras),
      "dateline", sum(p["dateline_events"] for p in paras), "spurious", sum(p["spurious"] for p in paras))
