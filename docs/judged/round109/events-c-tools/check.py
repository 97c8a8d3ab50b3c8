"""Final checks on events-c.jsonl and paragraphs-c-verdicts.jsonl."""
import json
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]
F = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open(HERE / "events-c-items.jsonl")]
outs = [json.loads(l) for l in open(HERE / "events-c.jsonl")]
assert len(outs) == 50
for a, b in zip(items, outs):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: b[k] for k in a} == a
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
    assert b["reasons"]
paras = [json.loads(l) for l in open(HERE / "paragraphs-c-verdicts.jsonl")]
assert len(paras) == 6
print("ok", {f: sum(o["verdict"][f] for o in outs) for f in F + ["all"]})
