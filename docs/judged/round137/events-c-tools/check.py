"""Check events-c.jsonl and paragraphs-c-verdicts.jsonl against the brief's rules. Run in docs/judged/round137/."""
import json
F = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events-c-items.jsonl")]
out = [json.loads(l) for l in open("events-c.jsonl")]
assert len(out) == 50 == len(items)
for it, o in zip(items, out):
    assert {k: o[k] for k in it} == it, it["n"]
    assert set(o) == set(it) | {"verdict", "reasons"}
    v = o["verdict"]
    assert all(isinstance(v[f], bool) for f in F + ["all"])
    assert v["all"] == all(v[f] for f in F), o["n"]
    if not v["event"]:
        assert not any(v[f] for f in F + ["all"]), o["n"]
    assert o["reasons"].strip()
paras = [json.loads(l) for l in open("paragraphs-c-verdicts.jsonl")]
assert len(paras) == 6
assert [p["doc"] for p in paras] == [json.loads(l)["doc"] for l in open("paragraphs-c.jsonl")]
print("ok", {f: sum(o["verdict"][f] for o in out) for f in F + ["all"]})
