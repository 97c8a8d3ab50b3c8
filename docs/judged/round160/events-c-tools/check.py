"""Judge c, round 160: the brief's final checks on events-c.jsonl and paragraphs-c-verdicts.jsonl."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
F = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open(HERE / "events-c-items.jsonl")]
out = [json.loads(l) for l in open(HERE / "events-c.jsonl")]
assert len(out) == 50 == len(items)
for it, o in zip(items, out):
    assert {k: o[k] for k in it} == it, it["n"]            # item object unchanged
    assert (o["n"], o["doc"], o["trigger"]) == (it["n"], it["doc"], it["trigger"])
    v = o["verdict"]
    assert set(v) == set(F) | {"all"} and all(isinstance(x, bool) for x in v.values())
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values()), o["n"]
    assert o["reasons"].strip()
paras = [json.loads(l) for l in open(HERE / "paragraphs-c-verdicts.jsonl")]
assert len(paras) == 6
print("ok:", {f: sum(o["verdict"][f] for o in out) for f in F + ["all"]},
      {"coded": sum(len(p["coder_events"]) for p in paras), "found": sum(p["found"] for p in paras),
       "dateline": sum(p["dateline_events"] for p in paras), "spurious": sum(p["spurious"] for p in paras)})
