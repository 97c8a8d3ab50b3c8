"""Dump the sampled stories (items + paragraphs) with every dateline event, for reading."""
import json, sys
here = sys.argv[1] if len(sys.argv) > 1 else "."
docs = []
for f in ("events-a-items.jsonl", "paragraphs-a.jsonl"):
    for l in open(f"{here}/{f}"):
        d = json.loads(l)["doc"]
        if d not in docs:
            docs.append(d)
stories = {}
for l in open("/work/wt/j140a/data/heldout_news47/stories.jsonl"):
    s = json.loads(l)
    if s["id"] in docs:
        stories[s["id"]] = s
recs = {}
for l in open("/tmp/r139/heldout_news47.judge.jsonl"):
    r = json.loads(l)
    if r["id"] in docs:
        recs[r["id"]] = r["record"]
items = {}
for l in open(f"{here}/events-a-items.jsonl"):
    it = json.loads(l)
    items[(it["doc"], it["event_id"])] = it["n"]
for d in sorted(docs):
    s, r = stories[d], recs[d]
    actors = {a["id"]: a for a in r["actors"]}
    def nm(ids):
        out = []
        for i in ids:
            a = actors.get(i, {})
            out.append(f'{a.get("name") or a.get("text")}[{a.get("country")}]')
        return out
    print("=" * 100)
    print(d, s["date"], s["title"])
    print(s["text"])
    print("--- dateline events")
    for e in r["events"]:
        n = items.get((d, e["id"]))
        mark = f"#{n}" if n else "  "
        print(f'{mark:4} {e["id"]} [{e["trigger"]["text"]}] {e["type"]}/{e["mode"]} {nm(e["source"])}->{nm(e["target"])} '
              f'{e["date"]["value"]}({e["date"]["basis"]}) {e["modality"]} | {e["sentence"]["text"][:90]!r}')
