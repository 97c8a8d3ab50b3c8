"""Checks for judge b's files, and the per-field counts for the report."""
import json
F = ("event", "type", "source", "target", "date", "modality", "all")
items = [json.loads(l) for l in open("events-b-items.jsonl")]
ev = [json.loads(l) for l in open("events-b.jsonl")]
assert len(ev) == 50
for a, b in zip(items, ev):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: v for k, v in b.items() if k not in ("verdict", "reasons")} == a
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F[:-1])
    if not v["event"]:
        assert not any(v.values())
    assert b["reasons"]
print({f: sum(e["verdict"][f] for e in ev) for f in F})
pv = [json.loads(l) for l in open("paragraphs-b-verdicts.jsonl")]
assert len(pv) == 6
# dateline events whose sentence starts in the first paragraph, from the full output
recs = {}
for l in open("/tmp/r97/heldout_news26.judge.jsonl"):
    r = json.loads(l)
    recs[r["id"]] = r["record"]
for p in pv:
    rec = recs[p["doc"]]
    end = rec["text"].find("\n")
    n = sum(1 for e in rec["events"] if e["sentence"]["start"] < end)
    assert n == p["dateline_events"], (p["doc"], n)
print({"coded": sum(len(p["coder_events"]) for p in pv), "found": sum(p["found"] for p in pv),
       "dateline_events": sum(p["dateline_events"] for p in pv), "spurious": sum(p["spurious"] for p in pv)})
print("ok")
