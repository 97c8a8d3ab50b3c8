"""Check events-d.jsonl against the items and paragraphs-d-verdicts.jsonl against paragraphs-d.jsonl."""
import json
F = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events-d-items.jsonl")]
out = [json.loads(l) for l in open("events-d.jsonl")]
assert len(out) == 50 == len(items)
for a, b in zip(items, out):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: v for k, v in b.items() if k not in ("verdict", "reasons")} == a
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
    assert b["reasons"]
pars = [json.loads(l) for l in open("paragraphs-d-verdicts.jsonl")]
src = [json.loads(l) for l in open("paragraphs-d.jsonl")]
assert [p["doc"] for p in pars] == [s["doc"] for s in src] and len(pars) == 6
for p, s in zip(pars, src):
    assert p["dateline_events"] == len(s["events"])
print("ok")
