"""Check judge c's output files and print per-field counts and paragraph totals."""
import json
from pathlib import Path
HERE = Path("/work/wt/j161c/docs/judged/round161")
items = [json.loads(l) for l in open(HERE / "events-c-items.jsonl")]
outs = [json.loads(l) for l in open(HERE / "events-c.jsonl")]
assert len(outs) == 50
keys = ["event", "type", "source", "target", "date", "modality"]
for it, o in zip(items, outs):
    assert (it["n"], it["doc"], it["trigger"]) == (o["n"], o["doc"], o["trigger"])
    assert {k: o[k] for k in it} == it, "item object changed"
    v = o["verdict"]
    assert v["all"] == all(v[k] for k in keys)
    if not v["event"]:
        assert not any(v[k] for k in keys + ["all"])
    assert o["reasons"].strip()
counts = {k: sum(o["verdict"][k] for o in outs) for k in keys + ["all"]}
print("per-field right (of 50):", counts)
paras = [json.loads(l) for l in open(HERE / "paragraphs-c-verdicts.jsonl")]
assert len(paras) == 6
tot = {"coded": sum(len(p["coder_events"]) for p in paras), "found": sum(p["found"] for p in paras),
       "dateline_events": sum(p["dateline_events"] for p in paras), "spurious": sum(p["spurious"] for p in paras)}
print("paragraph totals:", tot)
from collections import Counter
print("wrong per field:", {k: [o["n"] for o in outs if not o["verdict"][k]] for k in keys})
print("types of spurious:", Counter(o["type"] for o in outs if not o["verdict"]["event"]))
