"""Print the full stories of the docs sampled for judge c (items and paragraphs), in order of first use."""
import json, sys
docs = []
for f in ("events-c-items.jsonl", "paragraphs-c.jsonl"):
    for l in open(f):
        d = json.loads(l)["doc"]
        if d not in docs:
            docs.append(d)
stories = {}
for l in open("/work/wt/j130c/data/heldout_news42/stories.jsonl"):
    s = json.loads(l)
    stories[s["id"]] = s
for d in docs:
    s = stories[d]
    print(f"===== {d} date={s['date']} :: {s['title']}")
    print(s["text"])
    print()
