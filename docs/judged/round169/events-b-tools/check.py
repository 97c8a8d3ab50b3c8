"""Checks before finishing: 50 verdict lines matching the items' n/doc/trigger in order, all == and of six,
spurious all false, 6 paragraph lines; prints per-field counts and paragraph totals."""
import json
F = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events-b-items.jsonl")]
ver = [json.loads(l) for l in open("events-b.jsonl")]
assert len(ver) == 50
for i, v in zip(items, ver):
    assert (i["n"], i["doc"], i["trigger"]) == (v["n"], v["doc"], v["trigger"])
    assert {k: v[k] for k in i} == i
    vd = v["verdict"]
    assert vd["all"] == all(vd[f] for f in F)
    if not vd["event"]:
        assert not any(vd[f] for f in F + ["all"])
    assert v["reasons"]
print({f: sum(v["verdict"][f] for v in ver) for f in F + ["all"]})
ps = [json.loads(l) for l in open("paragraphs-b-verdicts.jsonl")]
assert len(ps) == 6
print("paragraphs: coded", sum(len(p["coder_events"]) for p in ps), "found", sum(p["found"] for p in ps),
      "dateline", sum(p["dateline_events"] for p in ps), "spurious", sum(p["spurious"] for p in ps))
print("OK")
