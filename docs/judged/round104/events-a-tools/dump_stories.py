"""Print the full stories of the docs sampled for judge a (items and lead paragraphs)."""
import json
docs = []
for f in ("events-a-items.jsonl", "paragraphs-a.jsonl"):
    for l in open(f):
        d = json.loads(l)["doc"]
        if d not in docs:
            docs.append(d)
for l in open("/work/wt/j104a/data/heldout_news29/stories.jsonl"):
    s = json.loads(l)
    if s["id"] in docs:
        print("=" * 20, s["id"], s["date"], s["title"])
        print(s["text"])
        print()
