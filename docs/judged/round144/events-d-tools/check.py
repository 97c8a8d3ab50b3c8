"""Check judge d's outputs and print the per-field counts and paragraph totals."""
import json
ALL = ("event", "type", "source", "target", "date", "modality")
items = [json.loads(l) for l in open("events-d-items.jsonl")]
outs = [json.loads(l) for l in open("events-d.jsonl")]
assert len(outs) == 50
for it, o in zip(items, outs):
    assert (it["n"], it["doc"], it["trigger"]) == (o["n"], o["doc"], o["trigger"])
    assert {k: o[k] for k in it} == it, it["n"]
    v = o["verdict"]
    assert v["all"] == all(v[k] for k in ALL)
    if not v["event"]:
        assert not any(v.values())
    assert o["reasons"]
counts = {k: sum(o["verdict"][k] for o in outs) for k in ALL + ("all",)}
print("per field (of 50):", counts)
P = [json.loads(l) for l in open("paragraphs-d-verdicts.jsonl")]
assert len(P) == 6
print("paragraphs: coded", sum(len(p["coder_events"]) for p in P), "found", sum(p["found"] for p in P),
      "dateline", sum(p["dateline_events"] for p in P), "spurious", sum(p["spurious"] for p in P))
from collections import Counter
c = Counter(k for o in outs for k in ALL if not o["verdict"][k] and o["verdict"]["event"])
print("wrong fields among real events:", dict(c), "spurious:", sum(not o["verdict"]["event"] for o in outs))
