"""Check events-a.jsonl and paragraphs-a-verdicts.jsonl and print the counts."""
import json
F = ["event", "type", "source", "target", "date", "modality", "all"]
items = [json.loads(l) for l in open("events-a-items.jsonl")]
ver = [json.loads(l) for l in open("events-a.jsonl")]
assert len(ver) == 50
for i, v in zip(items, ver):
    assert (i["n"], i["doc"], i["trigger"]) == (v["n"], v["doc"], v["trigger"])
    assert {k: v[k] for k in i} == i
    vd = v["verdict"]
    assert vd["all"] == all(vd[f] for f in F[:-1])
    if not vd["event"]:
        assert not any(vd.values())
    assert v["reasons"]
print({f: sum(v["verdict"][f] for v in ver) for f in F}, "of 50")
ps = [json.loads(l) for l in open("paragraphs-a-verdicts.jsonl")]
assert len(ps) == 6
print("paragraphs: coded", sum(len(p["coder_events"]) for p in ps), "found", sum(p["found"] for p in ps),
      "dateline", sum(p["dateline_events"] for p in ps), "spurious", sum(p["spurious"] for p in ps))
