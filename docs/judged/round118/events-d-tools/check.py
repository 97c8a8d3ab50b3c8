"""Checks required by the brief for judge d's output."""
import json
F = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events-d-items.jsonl")]
out = [json.loads(l) for l in open("events-d.jsonl")]
assert len(out) == 50
for a, b in zip(items, out):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: v for k, v in b.items() if k not in ("verdict", "reasons")} == a
    v = b["verdict"]
    assert v["all"] == all(v[k] for k in F)
    if not v["event"]:
        assert not any(v.values())
    assert b["reasons"]
paras = [json.loads(l) for l in open("paragraphs-d-verdicts.jsonl")]
assert len(paras) == 6
print("ok", {k: sum(o["verdict"][k] for o in out) for k in F + ["all"]},
      "paragraphs:", sum(len(p["coder_events"]) for p in paras), sum(p["found"] for p in paras),
      sum(p["dateline_events"] for p in paras), sum(p["spurious"] for p in paras))
