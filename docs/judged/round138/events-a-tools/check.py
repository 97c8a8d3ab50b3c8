"""Check events-a.jsonl against the items and print the per-field counts and paragraph totals.

usage: python3 events-a-tools/check.py
"""
import json

items = [json.loads(l) for l in open("events-a-items.jsonl")]
out = [json.loads(l) for l in open("events-a.jsonl")]
F = ("event", "type", "source", "target", "date", "modality")
assert len(out) == len(items) == 47
for a, b in zip(items, out):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: v for k, v in b.items() if k not in ("verdict", "reasons")} == a
    v = b["verdict"]
    assert v["all"] == all(v[k] for k in F)
    if not v["event"]:
        assert not any(v[k] for k in F + ("all",))
    assert b["reasons"]
counts = {k: sum(o["verdict"][k] for o in out) for k in F + ("all",)}
print("right of 47:", counts)
paras = [json.loads(l) for l in open("paragraphs-a-verdicts.jsonl")]
assert len(paras) == 6
tot = {"coded": sum(len(p["coder_events"]) for p in paras),
       "found": sum(p["found"] for p in paras),
       "dateline_events": sum(p["dateline_events"] for p in paras),
       "spurious": sum(p["spurious"] for p in paras)}
print("paragraphs:", tot)
for p in paras:
    print(" ", p["doc"], len(p["coder_events"]), p["found"], p["dateline_events"], p["spurious"])
