"""Checks the brief asks for, and prints the per-field counts and paragraph totals."""
import json
F = ("event", "type", "source", "target", "date", "modality")
items = [json.loads(l) for l in open("events-c-items.jsonl")]
ver = [json.loads(l) for l in open("events-c.jsonl")]
assert len(ver) == 50
for a, b in zip(items, ver):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: v for k, v in b.items() if k not in ("verdict", "reasons")} == a
    v = b["verdict"]
    assert v["all"] == all(v[k] for k in F)
    if not v["event"]:
        assert not any(v.values())
    assert b["reasons"]
counts = {k: sum(b["verdict"][k] for b in ver) for k in F + ("all",)}
print("counts of 50:", counts)
ps = [json.loads(l) for l in open("paragraphs-c-verdicts.jsonl")]
assert len(ps) == 6
tot = dict(coded=sum(len(p["coder_events"]) for p in ps), found=sum(p["found"] for p in ps),
           dateline=sum(p["dateline_events"] for p in ps), spurious=sum(p["spurious"] for p in ps))
print("paragraphs:", tot)
for p in ps:
    print(" ", p["doc"], len(p["coder_events"]), p["found"], p["dateline_events"], p["spurious"])
