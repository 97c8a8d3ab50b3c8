"""Check events-c.jsonl against the items and print per-field counts and paragraph totals.

usage (from docs/judged/round135): python3 events-c-tools/check.py
"""
import json

F = ["event", "type", "source", "target", "date", "modality", "all"]
items = [json.loads(l) for l in open("events-c-items.jsonl")]
out = [json.loads(l) for l in open("events-c.jsonl")]
assert len(out) == 50
for it, o in zip(items, out):
    assert (it["n"], it["doc"], it["trigger"]) == (o["n"], o["doc"], o["trigger"])
    assert {k: v for k, v in o.items() if k not in ("verdict", "reasons")} == it
    v = o["verdict"]
    assert v["all"] == all(v[f] for f in F[:-1])
    if not v["event"]:
        assert not any(v.values())
    assert o["reasons"]
print({f: sum(o["verdict"][f] for o in out) for f in F}, "of", len(out))
paras = [json.loads(l) for l in open("paragraphs-c-verdicts.jsonl")]
assert len(paras) == 6
print("paragraphs:", {"coded acts": sum(len(p["coder_events"]) for p in paras),
                      "found": sum(p["found"] for p in paras),
                      "dateline events": sum(p["dateline_events"] for p in paras),
                      "spurious": sum(p["spurious"] for p in paras)})
for p in paras:
    print(" ", p["doc"], len(p["coder_events"]), p["found"], p["dateline_events"], p["spurious"])
