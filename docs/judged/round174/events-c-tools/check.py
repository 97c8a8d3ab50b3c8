"""Check events-c.jsonl and paragraphs-c-verdicts.jsonl and print the counts. usage: python events-c-tools/check.py"""
import json
F = ["event", "type", "source", "target", "date", "modality", "all"]
items = [json.loads(l) for l in open("events-c-items.jsonl")]
ver = [json.loads(l) for l in open("events-c.jsonl")]
assert len(ver) == 50
for a, b in zip(items, ver):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: v for k, v in b.items() if k not in ("verdict", "reasons")} == a
    v = b["verdict"]
    assert v["all"] == all(v[k] for k in F[:-1])
    if not v["event"]:
        assert not any(v.values())
    assert b["reasons"]
print({k: sum(x["verdict"][k] for x in ver) for k in F})
ps = [json.loads(l) for l in open("paragraphs-c-verdicts.jsonl")]
assert len(ps) == 6
print({"coded": sum(len(p["coder_events"]) for p in ps), "found": sum(p["found"] for p in ps),
       "dateline": sum(p["dateline_events"] for p in ps), "spurious": sum(p["spurious"] for p in ps)})
