"""Check events-a.jsonl against the items and count right fields; count paragraph totals."""
import json
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]
F = ["event", "type", "source", "target", "date", "modality", "all"]
items = [json.loads(l) for l in open(HERE / "events-a-items.jsonl")]
out = [json.loads(l) for l in open(HERE / "events-a.jsonl")]
assert len(out) == 50
for a, b in zip(items, out):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: v for k, v in b.items() if k not in ("verdict", "reasons")} == a
    v = b["verdict"]
    assert v["all"] == all(v[k] for k in F[:-1])
    if not v["event"]:
        assert not any(v.values())
print({k: sum(o["verdict"][k] for o in out) for k in F})
ps = [json.loads(l) for l in open(HERE / "paragraphs-a-verdicts.jsonl")]
assert len(ps) == 6
print("paragraphs:", len(ps), "coded", sum(len(p["coder_events"]) for p in ps), "found", sum(p["found"] for p in ps),
      "dateline", sum(p["dateline_events"] for p in ps), "spurious", sum(p["spurious"] for p in ps))
