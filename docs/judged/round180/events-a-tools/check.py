"""Check events-a.jsonl and paragraphs-a-verdicts.jsonl against the brief and print the counts."""
import json
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]
F = ("event", "type", "source", "target", "date", "modality")
items = [json.loads(l) for l in open(HERE / "events-a-items.jsonl")]
out = [json.loads(l) for l in open(HERE / "events-a.jsonl")]
assert len(out) == 50
for a, b in zip(items, out):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: v for k, v in b.items() if k not in ("verdict", "reasons")} == a
    v = b["verdict"]
    assert set(v) == set(F) | {"all"} and all(isinstance(v[k], bool) for k in v)
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
    assert b["reasons"].strip()
paras = [json.loads(l) for l in open(HERE / "paragraphs-a.jsonl")]
pv = [json.loads(l) for l in open(HERE / "paragraphs-a-verdicts.jsonl")]
assert len(pv) == 6 and [p["doc"] for p in paras] == [p["doc"] for p in pv]
for p, q in zip(paras, pv):
    assert q["dateline_events"] == len(p["events"]), q["doc"]
print("field     right/50")
for f in F + ("all",):
    print(f"{f:9} {sum(o['verdict'][f] for o in out)}")
print("wrong items per field:")
for f in F:
    print(f"  {f}: {[o['n'] for o in out if not o['verdict'][f]]}")
print("paragraphs: coded acts", sum(len(q["coder_events"]) for q in pv), "found", sum(q["found"] for q in pv),
      "dateline events", sum(q["dateline_events"] for q in pv), "spurious", sum(q["spurious"] for q in pv))
