"""Check events-d.jsonl and paragraphs-d-verdicts.jsonl; print per-field counts and paragraph totals."""
import json
F = ("event", "type", "source", "target", "date", "modality")
items = [json.loads(l) for l in open("events-d-items.jsonl")]
out = [json.loads(l) for l in open("events-d.jsonl")]
assert len(out) == 50
for a, b in zip(items, out):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: b[k] for k in a} == a
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
counts = {f: sum(o["verdict"][f] for o in out) for f in F + ("all",)}
print("per field (of 50):", counts)
paras = [json.loads(l) for l in open("paragraphs-d.jsonl")]
pv = [json.loads(l) for l in open("paragraphs-d-verdicts.jsonl")]
assert len(pv) == 6 and [p["doc"] for p in paras] == [p["doc"] for p in pv]
for p, q in zip(paras, pv):
    assert q["dateline_events"] == len(p["events"]), p["doc"]
tot = {k: sum(len(q[k]) if k == "coder_events" else q[k] for q in pv) for k in ("coder_events", "found", "dateline_events", "spurious")}
print("paragraphs:", tot)
