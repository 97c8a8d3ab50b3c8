"""Checks required by the brief."""
import json
HERE = "/work/wt/j123c/docs/judged/round123/"
items = [json.loads(l) for l in open(HERE + "events-c-items.jsonl")]
out = [json.loads(l) for l in open(HERE + "events-c.jsonl")]
assert len(out) == 50
F = ["event", "type", "source", "target", "date", "modality"]
for a, b in zip(items, out):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: v for k, v in b.items() if k not in ("verdict", "reasons")} == a
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
    assert b["reasons"]
ps = [json.loads(l) for l in open(HERE + "paragraphs-c-verdicts.jsonl")]
assert len(ps) == 6
print("ok")
