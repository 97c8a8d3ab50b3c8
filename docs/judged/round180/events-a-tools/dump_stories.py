"""Print the full stories of the docs sampled for judge a (items and paragraphs), with dateline's events per story."""
import json, sys
HERE = "/work/wt/j180a/docs/judged/round180/"
docs = []
for f in ("events-a-items.jsonl", "paragraphs-a.jsonl"):
    for l in open(HERE + f):
        d = json.loads(l)["doc"]
        if d not in docs:
            docs.append(d)
stories = {}
for l in open("/work/wt/j180a/data/heldout_news67/stories.jsonl"):
    s = json.loads(l)
    if s["id"] in docs:
        stories[s["id"]] = s
for d in docs:
    s = stories[d]
    print("=" * 100)
    print(d, s["date"], s["title"])
    for i, p in enumerate(s["text"].split("\n\n")):
        print(f"[P{i+1}] {p}")
