"""Check events-d.jsonl and paragraphs-d-verdicts.jsonl, and print the per-field counts and paragraph totals."""
import json
FIELDS = ["event", "type", "source", "target", "date", "modality", "all"]
items = [json.loads(l) for l in open("events-d-items.jsonl")]
out = [json.loads(l) for l in open("events-d.jsonl")]
assert len(out) == 45
for i, o in zip(items, out):
    assert (i["n"], i["doc"], i["trigger"]) == (o["n"], o["doc"], o["trigger"])
    assert {k: o[k] for k in i} == i, i["n"]
    v = o["verdict"]
    assert v["all"] == all(v[k] for k in FIELDS[:-1])
    if not v["event"]:
        assert not any(v.values())
    assert o["reasons"]
print("field counts (of 45):", {k: sum(o["verdict"][k] for o in out) for k in FIELDS})
ps = [json.loads(l) for l in open("paragraphs-d-verdicts.jsonl")]
assert len(ps) == 6
print("paragraphs: coded acts %d, found %d, dateline events %d, spurious %d" % (
    sum(len(p["coder_events"]) for p in ps), sum(p["found"] for p in ps),
    sum(p["dateline_events"] for p in ps), sum(p["spurious"] for p in ps)))
