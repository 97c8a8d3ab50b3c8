"""Spot-check sample (seed 71143): events from all MEANTIME docs and 60 random dev stories."""
import json, random, sys
from pathlib import Path
from dateline.pipeline import extract_many
from dateline.ingest.readers import Article
from dateline.record import Source, Record
rng = random.Random(71143)
mt = [json.loads(l) for l in open("/work/shared/eval/meantime/docs.jsonl")]
stories = [json.loads(l) for l in open("data/synthetic_stories/dev.jsonl")]
picked = rng.sample(stories, 60)
items = [(d["doc_id"], d["text"], d.get("dct")) for d in mt] + [(s["id"], s["text"], "2023-06-15") for s in picked]
arts = [Article(text=t, source=Source(), published=(d[:10] if d else None)) for _, t, d in items]
out = []
for (doc, text, _), r in zip(items, extract_many(arts)):
    if not isinstance(r, Record): continue
    acts = {a.id: a.name for a in r.actors}
    for e in r.events:
        out.append({"doc": doc, "corpus": "meantime" if not str(doc).startswith("ngec") else "stories",
            "type": e.type, "mode": e.mode, "trigger": [e.trigger.start, e.trigger.text], "sentence": e.sentence.text,
            "source": [acts[i] for i in e.source], "target": [acts[i] for i in e.target],
            "date": [e.date.value, e.date.basis], "modality": e.modality, "rule": e.rule, "mentions": len(e.mentions)})
json.dump(out, open(sys.argv[1], "w"))
print(len(out), "events")
