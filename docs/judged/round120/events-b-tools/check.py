"""Checks the brief asks for, and prints the per-field counts and error tallies."""
import json, collections
items = [json.loads(l) for l in open('events-b-items.jsonl')]
out = [json.loads(l) for l in open('events-b.jsonl')]
assert len(out) == 50
F = ["event", "type", "source", "target", "date", "modality"]
for a, b in zip(items, out):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: v for k, v in b.items() if k not in ("verdict", "reasons")} == a
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v[f] for f in F + ["all"])
    assert b["reasons"]
paras = [json.loads(l) for l in open('paragraphs-b-verdicts.jsonl')]
assert len(paras) == 6
print("ok")
print({f: sum(o["verdict"][f] for o in out) for f in F + ["all"]})
wrong = collections.Counter()
for o in out:
    for f in F[1:]:
        if o["verdict"]["event"] and not o["verdict"][f]:
            wrong[f] += 1
print("wrong among real events:", dict(wrong))
print("by type:", collections.Counter((o["type"], o["verdict"]["all"]) for o in out))
