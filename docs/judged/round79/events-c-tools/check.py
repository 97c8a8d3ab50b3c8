"""Check events-c.jsonl against the items and print per-field counts and the error table."""
import json, os, collections
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
F = ["event", "type", "source", "target", "date", "modality", "all"]
items = [json.loads(l) for l in open(os.path.join(ROOT, "events-c-items.jsonl"))]
out = [json.loads(l) for l in open(os.path.join(ROOT, "events-c.jsonl"))]
assert len(out) == 50
for a, b in zip(items, out):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: v for k, v in b.items() if k not in ("verdict", "reasons")} == a
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F[:-1])
    if not v["event"]:
        assert not any(v.values())
    assert b["reasons"]
assert sum(1 for _ in open(os.path.join(ROOT, "paragraphs-c-verdicts.jsonl"))) == 6
print({f: sum(o["verdict"][f] for o in out) for f in F})
wrong = collections.defaultdict(list)
for o in out:
    for f in F[:-1]:
        if not o["verdict"][f]:
            wrong[f].append(o["n"])
for f in F[:-1]:
    print(f, wrong[f])
print("by type:", collections.Counter((o["type"], o["verdict"]["all"]) for o in out))
