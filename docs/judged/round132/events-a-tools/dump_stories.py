"""Print the full stories of the docs sampled in events-a-items.jsonl and paragraphs-a.jsonl."""
import json, datetime
docs = []
for f in ("events-a-items.jsonl", "paragraphs-a.jsonl"):
    for l in open(f):
        d = json.loads(l)["doc"]
        if d not in docs:
            docs.append(d)
for l in open("/work/wt/j132a/data/heldout_news43/stories.jsonl"):
    s = json.loads(l)
    if s["id"] in docs:
        wd = datetime.date.fromisoformat(s["date"]).strftime("%A")
        print("=" * 30, s["id"], s["date"], wd, "|", s["title"])
        print(s["text"])
