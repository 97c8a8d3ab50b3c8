"""Check the verdict files against the brief and print the counts."""
import json
items = [json.loads(l) for l in open("events-b-items.jsonl")]
out = [json.loads(l) for l in open("events-b.jsonl")]
F = ["event", "type", "source", "target", "date", "modality", "all"]
assert len(out) == 43
for a, b in zip(items, out):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: v for k, v in b.items() if k not in ("verdict", "reasons")} == a
    v = b["verdict"]
    assert v["all"] == all(v[k] for k in F[:-1])
    if not v["event"]: assert not any(v.values())
    assert b["reasons"]
print("n order:", [b["n"] for b in out] == list(range(1, 44)))
print({k: sum(b["verdict"][k] for b in out) for k in F})
ps = [json.loads(l) for l in open("paragraphs-b-verdicts.jsonl")]
assert len(ps) == 6
print("paragraphs:", {"coded": sum(len(p["coder_events"]) for p in ps), "found": sum(p["found"] for p in ps),
      "dateline": sum(p["dateline_events"] for p in ps), "spurious": sum(p["spurious"] for p in ps)})
from collections import Counter
c = Counter(k for b in out for k in F[:-1] if not b["verdict"][k] and b["verdict"]["event"])
print("wrong fields among real events:", dict(c))
