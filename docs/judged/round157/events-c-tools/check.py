"""Final checks on events-c.jsonl and paragraphs-c-verdicts.jsonl."""
import json
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]
F = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open(HERE / "events-c-items.jsonl")]
outs = [json.loads(l) for l in open(HERE / "events-c.jsonl")]
assert len(outs) == 50 == len(items)
for it, o in zip(items, outs):
    assert {k: o[k] for k in it} == it, it["n"]
    assert set(o) == set(it) | {"verdict", "reasons"}
    v = o["verdict"]
    assert v["all"] == all(v[f] for f in F), it["n"]
    if not v["event"]:
        assert not any(v[f] for f in F + ["all"]), it["n"]
    assert o["reasons"].strip()
paras = [json.loads(l) for l in open(HERE / "paragraphs-c-verdicts.jsonl")]
src = [json.loads(l) for l in open(HERE / "paragraphs-c.jsonl")]
assert len(paras) == 6 and [p["doc"] for p in paras] == [p["doc"] for p in src]
for p in paras:
    assert p["found"] <= len(p["coder_events"]) and p["spurious"] <= p["dateline_events"]
print("ok", {f: sum(o["verdict"][f] for o in outs) for f in F + ["all"]})
