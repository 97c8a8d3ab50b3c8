"""Final checks on events-d.jsonl and paragraphs-d-verdicts.jsonl."""
import json
items = [json.loads(l) for l in open("events-d-items.jsonl")]
ver = [json.loads(l) for l in open("events-d.jsonl")]
F = ["event", "type", "source", "target", "date", "modality"]
assert len(ver) == 50
for a, b in zip(items, ver):
    assert all(a[k] == b[k] for k in ("n", "doc", "trigger")), a["n"]
    assert {k: v for k, v in b.items() if k not in ("verdict", "reasons")} == a
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F), a["n"]
    if not v["event"]:
        assert not any(v.values()), a["n"]
    assert b["reasons"]
paras = [json.loads(l) for l in open("paragraphs-d-verdicts.jsonl")]
assert len(paras) == 6
print("ok")
