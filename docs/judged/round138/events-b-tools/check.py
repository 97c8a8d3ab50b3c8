"""Check events-b.jsonl / paragraphs-b-verdicts.jsonl and print the per-field counts."""
import json
from pathlib import Path
from collections import Counter

HERE = Path(__file__).resolve().parents[1]
F = ["event", "type", "source", "target", "date", "modality", "all"]
items = [json.loads(l) for l in open(HERE / "events-b-items.jsonl")]
out = [json.loads(l) for l in open(HERE / "events-b.jsonl")]
assert len(out) == 47 == len(items)
for a, b in zip(items, out):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: v for k, v in b.items() if k not in ("verdict", "reasons")} == a
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F[:-1])
    if not v["event"]:
        assert not any(v.values())
c = Counter()
for b in out:
    for f in F:
        c[f] += b["verdict"][f]
print(" ".join(f"{f}={c[f]}/47" for f in F))
wrong = Counter()
for b in out:
    if b["verdict"]["event"]:
        for f in F[1:-1]:
            if not b["verdict"][f]:
                wrong[f] += 1
print("wrong among real events:", dict(wrong))
ps = [json.loads(l) for l in open(HERE / "paragraphs-b-verdicts.jsonl")]
assert len(ps) == 6
print("paragraphs: coded", sum(len(p["coder_events"]) for p in ps), "found", sum(p["found"] for p in ps),
      "dateline", sum(p["dateline_events"] for p in ps), "spurious", sum(p["spurious"] for p in ps))
