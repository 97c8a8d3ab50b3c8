"""Print the full stories of the sampled docs (items and paragraphs), in the order given on the command line or all."""
import json, sys
docs = []
for fn in ("events-b-items.jsonl", "paragraphs-b.jsonl"):
    for l in open(fn):
        d = json.loads(l)["doc"]
        if d not in docs:
            docs.append(d)
want = sys.argv[1:] or docs
st = {}
for l in open("/work/wt/j110b/data/heldout_news32/stories.jsonl"):
    s = json.loads(l)
    if s["id"] in want:
        st[s["id"]] = s
for d in want:
    s = st[d]
    print("=" * 20, d, s["date"], s["title"])
    print(s["text"])
    print()
