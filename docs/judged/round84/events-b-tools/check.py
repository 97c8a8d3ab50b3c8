# Checks judge b's output and prints the per-field counts and paragraph totals.
import json
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]
items = [json.loads(l) for l in open(HERE / "events-b-items.jsonl")]
outs = [json.loads(l) for l in open(HERE / "events-b.jsonl")]
assert len(outs) == 50
F = ["event", "type", "source", "target", "date", "modality"]
for i, o in zip(items, outs):
    assert (i["n"], i["doc"], i["trigger"]) == (o["n"], o["doc"], o["trigger"])
    assert {k: v for k, v in o.items() if k not in ("verdict", "reasons")} == i
    v = o["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v[f] for f in F + ["all"])
    assert o["reasons"]
counts = {f: sum(o["verdict"][f] for o in outs) for f in F + ["all"]}
print("fields (of 50):", counts)
ps = [json.loads(l) for l in open(HERE / "paragraphs-b-verdicts.jsonl")]
assert len(ps) == 6
print("paragraphs: coded", sum(len(p["coder_events"]) for p in ps), "found", sum(p["found"] for p in ps),
      "dateline", sum(p["dateline_events"] for p in ps), "spurious", sum(p["spurious"] for p in ps))
