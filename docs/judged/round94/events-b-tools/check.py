"""Check judge b's output and print the per-field counts."""
import json
F = ("event", "type", "source", "target", "date", "modality", "all")
items = [json.loads(l) for l in open("events-b-items.jsonl")]
outs = [json.loads(l) for l in open("events-b.jsonl")]
assert len(outs) == 50
for i, o in zip(items, outs):
    assert (i["n"], i["doc"], i["trigger"]) == (o["n"], o["doc"], o["trigger"])
    assert {k: v for k, v in o.items() if k not in ("verdict", "reasons")} == i
    v = o["verdict"]
    assert v["all"] == all(v[f] for f in F[:-1])
    if not v["event"]:
        assert not any(v.values())
paras = [json.loads(l) for l in open("paragraphs-b-verdicts.jsonl")]
assert len(paras) == 6
print({f: sum(o["verdict"][f] for o in outs) for f in F}, "of 50")
print("paragraphs: coded", sum(len(p["coder_events"]) for p in paras), "found", sum(p["found"] for p in paras),
      "dateline", sum(p["dateline_events"] for p in paras), "spurious", sum(p["spurious"] for p in paras))
