"""Draw the judged samples (seed 20261223) from /tmp/r11/records.jsonl.

Usage: python sample.py RECORDS OUTDIR -> OUTDIR/actors_sample.json, OUTDIR/paragraphs_sample.json
40 actors from all MEANTIME (mt-*) records' actors, 40 from all story records' actors;
20 MEANTIME paragraphs (non-empty newline blocks > 40 chars), 20 story paragraphs.
Same method as round 10 (docs/judged/round10/actors-tools/sample.py); only the input
(one pre-run records file with "id" instead of "doc") and the seed differ.
"""
import json
import random
import sys
from pathlib import Path

SEED = 20261223
records, out = Path(sys.argv[1]), Path(sys.argv[2])
out.mkdir(parents=True, exist_ok=True)
rng = random.Random(SEED)
rows = [json.loads(l) for l in open(records)]
for r in rows:
    r["doc"] = r["id"]
mt = [r for r in rows if r["id"].startswith("mt-")]
st = [r for r in rows if not r["id"].startswith("mt-")]


def sentence_of(text, start, end):
    a = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    b_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    b = min(b_candidates) if b_candidates else len(text)
    return text[a + 1 if a >= 0 else 0 : b + 1].strip()


def actor_items(rows, corpus):
    return [(corpus, r["doc"], r["record"], a) for r in rows for a in r["record"]["actors"]]


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


mti, sti = actor_items(mt, "meantime"), actor_items(st, "stories")
print("records", len(mt), len(st), "actor pools", len(mti), len(sti))
sample = [show_actor(*x) for x in rng.sample(mti, 40)]
sample += [show_actor(*x) for x in rng.sample(sti, 40)]
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
