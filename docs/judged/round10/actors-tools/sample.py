"""Draw the judged samples (seed 20261218) from the records written by run.py.

Usage: python sample.py OUTDIR  -> OUTDIR/actors_sample.json, OUTDIR/paragraphs_sample.json
40 actors from all MEANTIME records' actors, 40 from the 300 stories' actors;
20 MEANTIME paragraphs (non-empty blocks split on newlines), 20 stories (one paragraph each).
"""
import json
import random
import sys
from pathlib import Path

SEED = 20261218
out = Path(sys.argv[1])
rng = random.Random(SEED)


def load(name):
    return [json.loads(l) for l in open(out / name)]


def sentence_of(text, start, end):
    a = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    b_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    b = min(b_candidates) if b_candidates else len(text)
    return text[a + 1 if a >= 0 else 0 : b + 1].strip()


def actor_items(rows, corpus):
    items = []
    for r in rows:
        rec = r["record"]
        for a in rec["actors"]:
            items.append((corpus, r["doc"], rec, a))
    return items


def show_actor(corpus, doc, rec, a):
    text = rec["text"]
    m0 = a["mentions"][0]
    return {
        "corpus": corpus, "doc": doc, "document_date": rec["document_date"],
        "sentence": sentence_of(text, m0["start"], m0["end"]),
        "predicted": {k: a.get(k) for k in ("id", "name", "kind", "country", "sector", "role",
                                               "aliases", "affiliation", "source")},
        "mentions": [[m["start"], m["end"], text[m["start"]:m["end"]]] for m in a["mentions"]],
        "mention_contexts": [text[max(0, m["start"] - 60):m["end"] + 60].replace("\n", " ")
                             for m in a["mentions"]],
    }


mt, st = load("meantime.jsonl"), load("stories.jsonl")
sample = [show_actor(*x) for x in rng.sample(actor_items(mt, "meantime"), 40)]
sample += [show_actor(*x) for x in rng.sample(actor_items(st, "stories"), 40)]
json.dump(sample, open(out / "actors_sample.json", "w"), indent=1)


def paragraphs(rows):
    res = []
    for r in rows:
        text = r["record"]["text"]
        pos = 0
        for block in text.split("\n"):
            if len(block.strip()) > 40:
                res.append((r, pos, pos + len(block)))
            pos += len(block) + 1
    return res


def show_par(corpus, r, s, e):
    rec = r["record"]
    text = rec["text"]
    actors = {a["id"]: (a["name"], a["country"], a["sector"]) for a in rec["actors"]}
    evs = [{"type": ev["type"], "trigger": ev["trigger"]["text"] if "text" in ev["trigger"] else
            text[ev["trigger"]["start"]:ev["trigger"]["end"]],
            "source": [actors.get(x) for x in ev["source"]],
            "target": [actors.get(x) for x in ev["target"]]}
           for ev in rec["events"] if s <= ev["trigger"]["start"] < e]
    qs = [{"speaker": (rec["text"][q["speaker"]["start"]:q["speaker"]["end"]] if q["speaker"] else None),
           "speaker_actor": actors.get(q["speaker"]["actor"]) if q["speaker"] else None,
           "cue": text[q["cue"]["start"]:q["cue"]["end"]] if q["cue"] else None}
          for q in rec["quotes"] if s <= q["content"]["start"] < e]
    return {"corpus": corpus, "doc": r["doc"], "document_date": rec["document_date"],
            "start": s, "end": e, "paragraph": text[s:e], "events": evs, "quotes": qs}


pars = [show_par("meantime", *x) for x in rng.sample(paragraphs(mt), 20)]
pars += [show_par("stories", *x) for x in rng.sample(paragraphs(st), 20)]
json.dump(pars, open(out / "paragraphs_sample.json", "w"), indent=1)
print(len(sample), len(pars))
