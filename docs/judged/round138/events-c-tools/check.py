"""Checks the brief asks for, and the per-field counts."""
import json
items = [json.loads(l) for l in open("events-c-items.jsonl")]
ver = [json.loads(l) for l in open("events-c.jsonl")]
F = ["event", "type", "source", "target", "date", "modality"]
assert len(ver) == len(items) == 47
for a, b in zip(items, ver):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: v for k, v in b.items() if k not in ("verdict", "reasons")} == a
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v[f] for f in F + ["all"])
    assert b["reasons"]
for f in F + ["all"]:
    print(f, sum(b["verdict"][f] for b in ver), "/ 47")
ps = [json.loads(l) for l in open("paragraphs-c-verdicts.jsonl")]
assert len(ps) == 6
print("paragraphs: coded", sum(len(p["coder_events"]) for p in ps), "found", sum(p["found"] for p in ps),
      "dateline", sum(p["dateline_events"] for p in ps), "spurious", sum(p["spurious"] for p in ps))
print("OK")
