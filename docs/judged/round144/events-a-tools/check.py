"""Check events-a.jsonl / paragraphs-a-verdicts.jsonl and print per-field counts."""
import json
F = ["event", "type", "source", "target", "date", "modality", "all"]
items = [json.loads(l) for l in open("events-a-items.jsonl")]
out = [json.loads(l) for l in open("events-a.jsonl")]
assert len(out) == 50
for i, o in zip(items, out):
    assert (i["n"], i["doc"], i["trigger"]) == (o["n"], o["doc"], o["trigger"])
    assert {k: v for k, v in o.items() if k not in ("verdict", "reasons")} == i
    v = o["verdict"]
    assert v["all"] == all(v[f] for f in F[:-1])
    if not v["event"]:
        assert not any(v.values())
    assert o["reasons"]
print({f: sum(o["verdict"][f] for o in out) for f in F}, "of 50")
ps = [json.loads(l) for l in open("paragraphs-a-verdicts.jsonl")]
assert len(ps) == 6
assert [p["doc"] for p in ps] == [json.loads(l)["doc"] for l in open("paragraphs-a.jsonl")]
for p, src in zip(ps, map(json.loads, open("paragraphs-a.jsonl"))):
    assert p["dateline_events"] == len(src["events"])
print("paragraphs: coded", sum(len(p["coder_events"]) for p in ps), "found", sum(p["found"] for p in ps),
      "dateline", sum(p["dateline_events"] for p in ps), "spurious", sum(p["spurious"] for p in ps))
