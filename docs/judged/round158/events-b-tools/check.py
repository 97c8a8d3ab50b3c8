"""Check the verdict files and print per-field counts and paragraph totals."""
import json
items = [json.loads(l) for l in open("events-b-items.jsonl")]
ver = [json.loads(l) for l in open("events-b.jsonl")]
assert len(ver) == 50 == len(items)
K = ["event", "type", "source", "target", "date", "modality"]
for a, b in zip(items, ver):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: v for k, v in b.items() if k not in ("verdict", "reasons")} == a
    v = b["verdict"]
    assert v["all"] == all(v[k] for k in K)
    if not v["event"]:
        assert not any(v.values())
print({k: sum(b["verdict"][k] for b in ver) for k in K + ["all"]})
ps = [json.loads(l) for l in open("paragraphs-b-verdicts.jsonl")]
assert len(ps) == 6
print("paragraphs", len(ps), "coded", sum(len(p["coder_events"]) for p in ps), "found", sum(p["found"] for p in ps),
      "dateline", sum(p["dateline_events"] for p in ps), "spurious", sum(p["spurious"] for p in ps))
