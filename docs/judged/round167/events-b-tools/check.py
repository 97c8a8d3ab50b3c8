"""Checks asked by the brief, and the per-field counts."""
import json
items = [json.loads(l) for l in open("events-b-items.jsonl")]
ver = [json.loads(l) for l in open("events-b.jsonl")]
F = ["event", "type", "source", "target", "date", "modality"]
assert len(ver) == 45
for a, b in zip(items, ver):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: v for k, v in b.items() if k not in ("verdict", "reasons")} == a
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
    assert b["reasons"]
print({f: sum(b["verdict"][f] for b in ver) for f in F + ["all"]}, "of", len(ver))
paras = [json.loads(l) for l in open("paragraphs-b-verdicts.jsonl")]
assert len(paras) == 6
print("paragraphs:", {k: sum(len(p[k]) if k == "coder_events" else p[k] for p in paras)
                      for k in ("coder_events", "found", "dateline_events", "spurious")})
