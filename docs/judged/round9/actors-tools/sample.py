"""Draw the judged samples (seed 20261211) from the run's output.

Usage: python sample.py OUTDIR
Writes OUTDIR/actor_sample.jsonl (40 MEANTIME actors drawn over all actors of all 120 articles,
40 story actors drawn over all actors of all 1799 test stories) and OUTDIR/para_sample.jsonl
(20 MEANTIME paragraphs = lines of >= 8 words after the title and date lines; 20 story paragraphs
= lines of >= 8 words), each with the actors, events and quotes whose spans fall in it.
"""
import json
import random
import sys
from pathlib import Path

SEED = 20261211
out = Path(sys.argv[1])
rng = random.Random(SEED)


def load(name):
    return [json.loads(line) for line in open(out / f"{name}.jsonl")]


def sentence_of(text, start, end):
    a = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start) + 1 if text.rfind(". ", 0, start) >= 0 else -1)
    b_nl = text.find("\n", end)
    b_nl = len(text) if b_nl < 0 else b_nl
    b_dot = text.find(". ", end)
    b = min(b_nl, b_dot + 1 if b_dot >= 0 else len(text))
    return text[a + 1:b].strip()


def actor_items(docs):
    items = []
    for d in docs:
        d["text"] = d["record"]["text"] if isinstance(d["record"], dict) else d["text"]  # offsets are on it
        rec = d["record"]
        if not isinstance(rec, dict):
            continue
        for a in rec.get("actors", []):
            items.append((d, a))
    return items


samples = []
for name in ("meantime", "stories"):
    docs = load(name)
    items = actor_items(docs)
    print(name, "docs", len(docs), "actors", len(items))
    for d, a in rng.sample(items, 40):
        ms = a.get("mentions", [])
        m0 = ms[0] if ms else {"start": 0, "end": 0}
        samples.append({"corpus": name, "doc": d["id"], "date": d["date"], "n_actors_in_corpus": len(items),
                        "sentence": sentence_of(d["text"], m0["start"], m0["end"]),
                        "predicted": {k: a.get(k) for k in ("id", "name", "kind", "country", "sector", "role",
                                                             "aliases", "affiliation", "source", "rule")},
                        "mentions": [{"text": d["text"][m["start"]:m["end"]], "start": m["start"], "end": m["end"],
                                      "context": d["text"][max(0, m["start"] - 60):m["end"] + 40].replace("\n", " | ")}
                                     for m in ms]})
with open(out / "actor_sample.jsonl", "w") as fh:
    for s in samples:
        fh.write(json.dumps(s) + "\n")

paras = []
for name in ("meantime", "stories"):
    docs = load(name)
    cands = []
    for d in docs:
        d["text"] = d["record"]["text"]
        pos = 0
        for k, line in enumerate(d["text"].split("\n")):
            start, pos = pos, pos + len(line) + 1
            if (name == "meantime" and k < 2) or len(line.split()) < 8:
                continue
            cands.append((d, start, start + len(line)))
    for d, s, e in rng.sample(cands, 20):
        rec = d["record"]
        acts = {a["id"]: a for a in rec.get("actors", [])}
        inside = lambda sp: sp and s <= sp["start"] < e
        paras.append({"corpus": name, "doc": d["id"], "date": d["date"], "start": s, "end": e,
                      "text": d["text"][s:e],
                      "events": [{"trigger": ev["trigger"]["text"] if "text" in ev["trigger"] else d["text"][ev["trigger"]["start"]:ev["trigger"]["end"]],
                                  "type": ev.get("type") or ev.get("category") or ev.get("plover"),
                                  "source": [(acts[i]["name"], acts[i]["country"], acts[i]["sector"]) for i in ev.get("source", []) if i in acts],
                                  "target": [(acts[i]["name"], acts[i]["country"]) for i in ev.get("target", []) if i in acts]}
                                 for ev in rec.get("events", []) if inside(ev.get("trigger"))],
                      "quotes": [{"speaker": (q["speaker"] or {}).get("text") or (d["text"][q["speaker"]["start"]:q["speaker"]["end"]] if q.get("speaker") else None),
                                  "actor": (lambda i: (acts[i]["name"], acts[i]["country"], acts[i]["sector"]) if i in acts else None)((q.get("speaker") or {}).get("actor")),
                                  "content": d["text"][q["content"]["start"]:q["content"]["end"]][:80]}
                                 for q in rec.get("quotes", []) if inside(q.get("content"))],
                      "actors": [(a["name"], a["kind"], a["country"], a["sector"]) for a in rec.get("actors", [])
                                 if any(inside(m) for m in a.get("mentions", []))]})
with open(out / "para_sample.jsonl", "w") as fh:
    for p in paras:
        fh.write(json.dumps(p) + "\n")
