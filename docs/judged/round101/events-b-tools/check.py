"""Final checks on events-b.jsonl and paragraphs-b-verdicts.jsonl."""
import json
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]
F = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open(HERE / "events-b-items.jsonl")]
outs = [json.loads(l) for l in open(HERE / "events-b.jsonl")]
assert len(outs) == 50
for it, o in zip(items, outs):
    assert (it["n"], it["doc"], it["trigger"]) == (o["n"], o["doc"], o["trigger"])
    assert {k: v for k, v in o.items() if k not in ("verdict", "reasons")} == it
    v = o["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
    assert o["reasons"]
paras = [json.loads(l) for l in open(HERE / "paragraphs-b-verdicts.jsonl")]
src = [json.loads(l) for l in open(HERE / "paragraphs-b.jsonl")]
assert len(paras) == 6 and [p["doc"] for p in paras] == [s["doc"] for s in src]
for p, s in zip(paras, src):
    assert p["dateline_events"] == len(s["events"]) and p["found"] <= len(p["coder_events"]) and p["spurious"] <= p["dateline_events"]
print("ok", {f: sum(o["verdict"][f] for o in outs) for f in F + ["all"]})
