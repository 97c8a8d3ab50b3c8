import json
F = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events-c-items.jsonl")]
ver = [json.loads(l) for l in open("events-c.jsonl")]
assert len(ver) == 50
for a, b in zip(items, ver):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: v for k, v in b.items() if k not in ("verdict", "reasons")} == a
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
    assert b["reasons"]
counts = {f: sum(b["verdict"][f] for b in ver) for f in F + ["all"]}
print(counts)
P = [json.loads(l) for l in open("paragraphs-c-verdicts.jsonl")]
assert len(P) == 6 and [p["doc"] for p in P] == [json.loads(l)["doc"] for l in open("paragraphs-c.jsonl")]
for p, q in zip(P, [json.loads(l) for l in open("paragraphs-c.jsonl")]):
    assert p["dateline_events"] == len(q["events"])
print({k: sum(len(p[k]) if k == "coder_events" else p[k] for p in P) for k in ["coder_events", "found", "dateline_events", "spurious"]})
