"""Check events-a.jsonl / paragraphs-a-verdicts.jsonl against the items and print the counts."""
import json
F = ("event", "type", "source", "target", "date", "modality", "all")
items = [json.loads(l) for l in open("events-a-items.jsonl")]
ver = [json.loads(l) for l in open("events-a.jsonl")]
assert len(ver) == 49 == len(items)
for a, b in zip(items, ver):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: v for k, v in b.items() if k not in ("verdict", "reasons")} == a
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F[:-1])
    if not v["event"]:
        assert not any(v.values())
    assert b["reasons"]
print({f: sum(b["verdict"][f] for b in ver) for f in F}, "of", len(ver))
ps = [json.loads(l) for l in open("paragraphs-a-verdicts.jsonl")]
assert len(ps) == 6
print("paragraphs: coded", sum(len(p["coder_events"]) for p in ps), "found", sum(p["found"] for p in ps),
      "dateline", sum(p["dateline_events"] for p in ps), "spurious", sum(p["spurious"] for p in ps))
