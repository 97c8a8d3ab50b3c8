"""Print the full stories of the sampled docs (items + paragraphs) of judge c."""
import json, sys
S = "/work/wt/j141c/data/heldout_news48/stories.jsonl"
docs = []
for f in ("events-c-items.jsonl", "paragraphs-c.jsonl"):
    for l in open(f):
        d = json.loads(l)["doc"]
        if d not in docs:
            docs.append(d)
want = sys.argv[1:] or docs
for l in open(S):
    r = json.loads(l)
    if r["id"] in want:
        print("=" * 20, r["id"], r["date"], "|", r["title"])
        print(r["text"])
        print()
