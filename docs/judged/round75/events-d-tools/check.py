"""Check events-d.jsonl and paragraphs-d-verdicts.jsonl; print per-field counts and paragraph totals."""
import json
F = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events-d-items.jsonl")]
ver = [json.loads(l) for l in open("events-d.jsonl")]
assert len(ver) == 50 == len(items)
for a, b in zip(items, ver):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
    assert b["reasons"]
    assert {k: a[k] for k in a} == {k: b[k] for k in a}
cnt = {f: sum(b["verdict"][f] for b in ver) for f in F + ["all"]}
print("of 50:", cnt)
ps = [json.loads(l) for l in open("paragraphs-d-verdicts.jsonl")]
assert len(ps) == 6
print("paragraphs: coded", sum(len(p["coder_events"]) for p in ps), "found", sum(p["found"] for p in ps),
      "dateline", sum(p["dateline_events"] for p in ps), "spurious", sum(p["spurious"] for p in ps))
