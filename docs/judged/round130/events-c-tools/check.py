"""Check judge c's files: 50 verdict lines in item order, all == and of six, spurious false everywhere, 6 paragraph lines."""
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
paras = [json.loads(l) for l in open(HERE / "paragraphs-c-verdicts.jsonl")]
assert len(paras) == 6
for p in paras:
    assert p["found"] <= len(p["coder_events"]) and p["spurious"] <= p["dateline_events"]
print("ok", {f: sum(o["verdict"][f] for o in out) for f in F + ["all"]})
