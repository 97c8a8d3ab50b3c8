"""Check events-d.jsonl and paragraphs-d-verdicts.jsonl against the brief's conditions."""
import json
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]
items = [json.loads(l) for l in open(HERE / "events-d-items.jsonl")]
outs = [json.loads(l) for l in open(HERE / "events-d.jsonl")]
assert len(outs) == 50 == len(items)
six = ["event", "type", "source", "target", "date", "modality"]
for i, o in zip(items, outs):
    assert all(o[k] == i[k] for k in i), i["n"]
    v = o["verdict"]
    assert v["all"] == all(v[k] for k in six), i["n"]
    if not v["event"]:
        assert not any(v[k] for k in six + ["all"]), i["n"]
    assert o["reasons"]
paras = [json.loads(l) for l in open(HERE / "paragraphs-d-verdicts.jsonl")]
assert len(paras) == 6
print("ok")
