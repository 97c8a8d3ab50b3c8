"""Print the full stories of the docs sampled for judge a (items and paragraphs)."""
import json, sys
HERE = "/work/wt/j148a/docs/judged/round148/"
docs = []
for f in ("events-a-items.jsonl", "paragraphs-a.jsonl"):
    for l in open(HERE + f):
        d = json.loads(l)["doc"]
        if d not in docs:
            docs.append(d)
want = sys.argv[1:] or docs
for l in open("/work/wt/j148a/data/heldout_news51/stories.jsonl"):
    s = json.loads(l)
    if s["id"] in want:
        print("=" * 20, s["id"], s["date"], s["title"])
        print(s["text"])
