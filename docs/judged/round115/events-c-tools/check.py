"""Check events-c.jsonl and paragraphs-c-verdicts.jsonl against the brief's final checks."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
F = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open(HERE / "events-c-items.jsonl")]
outs = [json.loads(l) for l in open(HERE / "events-c.jsonl")]
assert len(outs) == 50
for it, o in zip(items, outs):
    assert (it["n"], it["doc"], it["trigger"]) == (o["n"], o["doc"], o["trigger"])
    assert {k: o[k] for k in it} == it
    v = o["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
    assert o["reasons"]
paras = [json.loads(l) for l in open(HERE / "paragraphs-c-verdicts.jsonl")]
assert len(paras) == 6
print("ok", {f: sum(o["verdict"][f] for o in outs) for f in F + ["all"]})
