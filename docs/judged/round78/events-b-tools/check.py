"""Check events-b.jsonl and paragraphs-b-verdicts.jsonl and print the counts. usage: python events-b-tools/check.py"""
import json
F = ["event", "type", "source", "target", "date", "modality", "all"]
items = [json.loads(l) for l in open("events-b-items.jsonl")]
out = [json.loads(l) for l in open("events-b.jsonl")]
assert len(out) == 50
for a, b in zip(items, out):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: b[k] for k in a} == a
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F[:-1])
    if not v["event"]:
        assert not any(v.values())
    assert b["reasons"]
print({f: sum(o["verdict"][f] for o in out) for f in F})
p = [json.loads(l) for l in open("paragraphs-b-verdicts.jsonl")]
assert len(p) == 6
print("paragraphs: coded", sum(len(x["coder_events"]) for x in p), "found", sum(x["found"] for x in p),
      "dateline", sum(x["dateline_events"] for x in p), "spurious", sum(x["spurious"] for x in p))
