"""Check events-a.jsonl and paragraphs-a-verdicts.jsonl against the brief's rules."""
import json
F = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events-a-items.jsonl")]
out = [json.loads(l) for l in open("events-a.jsonl")]
assert len(out) == 50
for it, o in zip(items, out):
    assert (it["n"], it["doc"], it["trigger"]) == (o["n"], o["doc"], o["trigger"])
    assert {k: o[k] for k in it} == it, it["n"]
    v = o["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]: assert not any(v.values())
    assert o["reasons"]
paras = [json.loads(l) for l in open("paragraphs-a-verdicts.jsonl")]
assert len(paras) == 6
print("ok", {f: sum(o["verdict"][f] for o in out) for f in F + ["all"]},
      "paragraphs:", sum(len(p["coder_events"]) for p in paras), sum(p["found"] for p in paras),
      sum(p["dateline_events"] for p in paras), sum(p["spurious"] for p in paras))
