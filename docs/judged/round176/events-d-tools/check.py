"""Check events-d.jsonl and paragraphs-d-verdicts.jsonl against the brief."""
import json
items = [json.loads(l) for l in open("events-d-items.jsonl")]
ver = [json.loads(l) for l in open("events-d.jsonl")]
F = ["event", "type", "source", "target", "date", "modality"]
assert len(ver) == 50
for a, b in zip(items, ver):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: v for k, v in b.items() if k not in ("verdict", "reasons")} == a
    v = b["verdict"]
    assert v["all"] == all(v[k] for k in F)
    if not v["event"]:
        assert not any(v[k] for k in F + ["all"])
    assert b["reasons"]
paras = [json.loads(l) for l in open("paragraphs-d-verdicts.jsonl")]
assert len(paras) == 6
print("ok", {k: sum(b["verdict"][k] for b in ver) for k in F + ["all"]})
