"""Print the full stories of the docs in events-c-items.jsonl and paragraphs-c.jsonl, in item order."""
import json, sys
docs = []
for f in ("events-c-items.jsonl", "paragraphs-c.jsonl"):
    for l in open(f):
        d = json.loads(l)["doc"]
        if d not in docs:
            docs.append(d)
st = {}
for l in open("/work/wt/j167c/data/heldout_news60/stories.jsonl"):
    s = json.loads(l)
    if s["id"] in docs:
        st[s["id"]] = s
for d in docs:
    s = st[d]
    print("=" * 30, d, s["date"], s["title"])
    print(s["text"])
    print()
