"""Sample 25 MEANTIME + 25 story events (seed 20261217) and 10 story first paragraphs; print them
with context for judging and write /tmp/j12-events-d/sample.json.

Events: random.Random(SEED).sample over all predicted events of each corpus (MEANTIME first,
then stories, one Random instance). Paragraphs: random.Random(SEED + 1).sample of 10 stories.
"""
import json
import random

SEED = 20261217


def load(path):
    with open(path) as f:
        return [json.loads(line) for line in f]


def actor(rec, aid):
    for a in rec["actors"]:
        if a["id"] == aid:
            return f'{a["name"]}[{a["kind"]},{a["country"]},{a["sector"]}]'
    return aid


def sent_text(rec, span):
    return rec["text"][span["start"]:span["end"]]


def describe(rec, ev):
    d = ev["date"]
    return {
        "type": ev["type"], "mode": ev["mode"], "cameo": ev["cameo"],
        "trigger": ev["trigger"]["text"] if "text" in ev["trigger"] else sent_text(rec, ev["trigger"]),
        "source": [actor(rec, a) for a in ev["source"]],
        "target": [actor(rec, a) for a in ev["target"]],
        "date": {k: d.get(k) for k in ("value", "start", "end", "basis")},
        "modality": ev["modality"],
        "reported_by": actor(rec, ev["reported_by"]) if ev["reported_by"] else None,
        "rule": ev["rule"],
    }


def pool(rows, corpus):
    out = []
    for r in rows:
        rec = r["record"]
        if "error" in rec:
            continue
        for ev in rec["events"]:
            out.append((corpus, r, ev))
    return out


def context(rec, ev):
    s = ev["sentence"]
    t = rec["text"]
    return t[max(0, s["start"] - 300):s["start"]], t[s["start"]:s["end"]], t[s["end"]:s["end"] + 200]


def main():
    mt = load("/tmp/j12-events-d/meantime.jsonl")
    st = load("/tmp/j12-events-d/stories.jsonl")
    rng = random.Random(SEED)
    pm, ps = pool(mt, "meantime"), pool(st, "stories")
    print("pool sizes", len(pm), len(ps))
    picks = rng.sample(pm, 25) + rng.sample(ps, 25)
    items = []
    for i, (corpus, r, ev) in enumerate(picks, 1):
        rec = r["record"]
        before, sent, after = context(rec, ev)
        doc_id = r["doc"].get("doc_id") or r["doc"].get("id")
        item = {"n": i, "corpus": corpus, "doc": doc_id, "document_date": rec["document_date"],
                "event_id": ev["id"], "sentence": sent, "predicted": describe(rec, ev)}
        items.append(item)
        print(f"\n=== #{i} {corpus} {doc_id} dct={rec['document_date']} {ev['id']}")
        print("BEFORE:", before.replace("\n", " ")[-300:])
        print("SENT:", sent)
        print("AFTER:", after.replace("\n", " "))
        print("PRED:", json.dumps(item["predicted"]))
    paras = []
    for r in random.Random(SEED + 1).sample(st, 10):
        rec = r["record"]
        first = rec["text"].split("\n")[0]  # stories: one paragraph a line
        evs = [describe(rec, e) for e in rec["events"] if e["sentence"]["start"] < len(first)]
        paras.append({"doc": r["doc"]["id"], "label": r["doc"]["label"], "paragraph": first, "events": evs})
        print(f"\n### {r['doc']['id']} label={r['doc']['label']}\n{first}")
        for e in evs:
            print("  EV:", json.dumps(e))
    with open("/tmp/j12-events-d/sample.json", "w") as f:
        json.dump({"events": items, "paragraphs": paras}, f, indent=1)


if __name__ == "__main__":
    main()
