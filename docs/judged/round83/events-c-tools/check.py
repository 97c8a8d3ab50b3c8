"""Check events-c.jsonl and paragraphs-c-verdicts.jsonl; print per-field counts."""
import json
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]
F = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open(HERE / "events-c-items.jsonl")]
out = [json.loads(l) for l in open(HERE / "events-c.jsonl")]
assert len(out) == 50
for a, b in zip(items, out):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: v for k, v in b.items() if k not in ("verdict", "reasons")} == a
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
    assert b["reasons"]
pv = [json.loads(l) for l in open(HERE / "paragraphs-c-verdicts.jsonl")]
assert len(pv) == 6
for f in F + ["all"]:
    print(f, sum(o["verdict"][f] for o in out))
print("paragraphs: coded", sum(len(p["coder_events"]) for p in pv), "found", sum(p["found"] for p in pv),
      "dateline", sum(p["dateline_events"] for p in pv), "spurious", sum(p["spurious"] for p in pv))
