# Print the full story (id, date, title, text) of each doc sampled in events-b-items.jsonl / paragraphs-b.jsonl,
# plus dateline's events per sentence (trigger/type) for the duplicate check.
import json, sys
docs = []
for f in ("events-b-items.jsonl", "paragraphs-b.jsonl"):
    for l in open(f):
        d = json.loads(l)["doc"]
        if d not in docs:
            docs.append(d)
want = set(sys.argv[1:]) or set(docs)
stories = {}
for l in open("/work/wt/j162b/data/heldout_news59/stories.jsonl"):
    s = json.loads(l)
    if s["id"] in want:
        stories[s["id"]] = s
out = {}
for l in open("/tmp/r162/heldout_news59.judge.jsonl"):
    r = json.loads(l)
    if r["id"] in want:
        out[r["id"]] = r
for d in docs:
    if d not in want: continue
    s = stories[d]
    print("=" * 100)
    print(d, s["date"], s["title"])
    print(s["text"])
    rec = out.get(d, {}).get("record", {})
    print("--- dateline events:")
    for e in rec.get("events", []):
        names = {a["id"]: a.get("name") or a.get("text") for a in rec.get("actors", [])}
        print("  ", e["id"], repr(e["trigger"]["text"]), e["type"], e.get("mode"), [names.get(x, x) for x in e["source"]], "->", [names.get(x, x) for x in e["target"]], e["date"].get("value"), e["modality"], "| S@", e["sentence"]["start"])
