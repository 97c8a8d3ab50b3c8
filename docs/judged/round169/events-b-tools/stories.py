"""Print the full stories of the docs sampled for judge b (items and paragraphs), with the date and title."""
import json, sys
docs = []
for f in ("events-b-items.jsonl", "paragraphs-b.jsonl"):
    for l in open(f):
        d = json.loads(l)["doc"]
        if d not in docs:
            docs.append(d)
want = set(sys.argv[1:]) or set(docs)
for l in open("/work/wt/j169b/data/heldout_news62/stories.jsonl"):
    s = json.loads(l)
    if s["id"] in want:
        print("=" * 30, s["id"], s["date"], s["title"])
        print(s["text"])
