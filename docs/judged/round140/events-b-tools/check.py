"""Checks required by the brief and per-field counts."""
import json
items = [json.loads(l) for l in open("events-b-items.jsonl")]
ver = [json.loads(l) for l in open("events-b.jsonl")]
F = ["event", "type", "source", "target", "date", "modality"]
assert len(ver) == 50
for a, b in zip(items, ver):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: v for k, v in b.items() if k not in ("verdict", "reasons")} == a
    v = b["verdict"]
    assert v["all"] == all(v[k] for k in F)
    if not v["event"]:
        assert not any(v.values())
    assert b["reasons"]
counts = {k: sum(b["verdict"][k] for b in ver) for k in F + ["all"]}
print("per field (of 50):", counts)
ps = [json.loads(l) for l in open("paragraphs-b-verdicts.jsonl")]
assert len(ps) == 6
tot = dict(coded=sum(len(p["coder_events"]) for p in ps), found=sum(p["found"] for p in ps),
           dateline=sum(p["dateline_events"] for p in ps), spurious=sum(p["spurious"] for p in ps))
for p in ps:
    print(p["doc"], len(p["coder_events"]), p["found"], p["dateline_events"], p["spurious"])
print("paragraph totals:", tot)
wrong = {k: [b["n"] for b in ver if not b["verdict"][k]] for k in F}
print("wrong items by field:", wrong)
