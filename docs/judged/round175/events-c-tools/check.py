"""Check events-c.jsonl / paragraphs-c-verdicts.jsonl and print per-field counts."""
import json
F = ["event", "type", "source", "target", "date", "modality", "all"]
items = [json.loads(l) for l in open("events-c-items.jsonl")]
out = [json.loads(l) for l in open("events-c.jsonl")]
assert len(out) == 50
for a, b in zip(items, out):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: v for k, v in b.items() if k not in ("verdict", "reasons")} == a
    v = b["verdict"]
    assert v["all"] == all(v[k] for k in F[:-1])
    if not v["event"]:
        assert not any(v.values())
    assert b["reasons"]
print({k: sum(o["verdict"][k] for o in out) for k in F}, "of", len(out))
ps = [json.loads(l) for l in open("paragraphs-c-verdicts.jsonl")]
assert len(ps) == 6
print("paragraphs:", {k: sum(len(p["coder_events"]) if k == "coder_events" else p[k] for p in ps) for k in ["coder_events", "found", "dateline_events", "spurious"]})
for p in ps: print(p["doc"], len(p["coder_events"]), p["found"], p["dateline_events"], p["spurious"])
