"""Checks the brief asks for, and prints per-field counts and paragraph totals."""
import json
F = ["event", "type", "source", "target", "date", "modality", "all"]
items = [json.loads(l) for l in open("events-d-items.jsonl")]
out = [json.loads(l) for l in open("events-d.jsonl")]
assert len(out) == 50
for a, b in zip(items, out):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: v for k, v in b.items() if k not in ("verdict", "reasons")} == a
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F[:-1])
    if not v["event"]:
        assert not any(v.values())
    assert b["reasons"]
print({f: sum(o["verdict"][f] for o in out) for f in F})
P = [json.loads(l) for l in open("paragraphs-d-verdicts.jsonl")]
assert len(P) == 6
print("paragraphs: coded", sum(len(p["coder_events"]) for p in P), "found", sum(p["found"] for p in P),
      "dateline", sum(p["dateline_events"] for p in P), "spurious", sum(p["spurious"] for p in P))
paras = [json.loads(l) for l in open("paragraphs-d.jsonl")]
assert [p["doc"] for p in paras] == [p["doc"] for p in P]
assert [len(p["events"]) for p in paras] == [p["dateline_events"] for p in P]
from collections import Counter
c = Counter(f for o in out for f in F[:-1] if not o["verdict"][f] and o["verdict"]["event"])
print("wrong fields among real events:", dict(c))
