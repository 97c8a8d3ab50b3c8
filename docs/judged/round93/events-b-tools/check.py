"""Check events-b.jsonl against the items and print per-field counts and paragraph totals."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
F = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open(os.path.join(ROOT, "events-b-items.jsonl"))]
out = [json.loads(l) for l in open(os.path.join(ROOT, "events-b.jsonl"))]
assert len(out) == 50
for a, b in zip(items, out):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: v for k, v in b.items() if k not in ("verdict", "reasons")} == a
    v = b["verdict"]
    assert v["all"] == all(v[k] for k in F)
    if not v["event"]:
        assert not any(v.values())
    assert b["reasons"]
counts = {k: sum(o["verdict"][k] for o in out) for k in F + ["all"]}
print("right of 50:", counts)
paras = [json.loads(l) for l in open(os.path.join(ROOT, "paragraphs-b-verdicts.jsonl"))]
pin = [json.loads(l)["doc"] for l in open(os.path.join(ROOT, "paragraphs-b.jsonl"))]
assert [p["doc"] for p in paras] == pin and len(paras) == 6
tot = {"coded": sum(len(p["coder_events"]) for p in paras), "found": sum(p["found"] for p in paras),
       "dateline_events": sum(p["dateline_events"] for p in paras), "spurious": sum(p["spurious"] for p in paras)}
print("paragraphs:", tot)
