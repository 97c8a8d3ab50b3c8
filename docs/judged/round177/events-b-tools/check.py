"""Check events-b.jsonl and paragraphs-b-verdicts.jsonl against the brief's rules."""
import json

items = [json.loads(l) for l in open("events-b-items.jsonl")]
out = [json.loads(l) for l in open("events-b.jsonl")]
assert len(out) == 50 == len(items)
F = ["event", "type", "source", "target", "date", "modality"]
for a, b in zip(items, out):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: v for k, v in b.items() if k not in ("verdict", "reasons")} == a
    v = b["verdict"]
    assert all(isinstance(v[k], bool) for k in F + ["all"])
    assert v["all"] == all(v[k] for k in F)
    if not v["event"]:
        assert not any(v[k] for k in F + ["all"])
    assert b["reasons"].strip()
paras = [json.loads(l) for l in open("paragraphs-b-verdicts.jsonl")]
assert len(paras) == 6
print("ok", {k: sum(o["verdict"][k] for o in out) for k in F + ["all"]})
