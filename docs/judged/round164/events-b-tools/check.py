"""Check events-b.jsonl and paragraphs-b-verdicts.jsonl against the brief's requirements."""
import json
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]
items = [json.loads(l) for l in open(HERE / "events-b-items.jsonl")]
out = [json.loads(l) for l in open(HERE / "events-b.jsonl")]
F = ["event", "type", "source", "target", "date", "modality"]
assert len(out) == 50
for i, o in zip(items, out):
    assert (i["n"], i["doc"], i["trigger"]) == (o["n"], o["doc"], o["trigger"])
    assert {k: o[k] for k in i} == i, "item changed"
    v = o["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v[f] for f in F + ["all"])
    assert o["reasons"]
pars = [json.loads(l) for l in open(HERE / "paragraphs-b-verdicts.jsonl")]
assert len(pars) == 6
print("ok", {f: sum(o["verdict"][f] for o in out) for f in F + ["all"]})
