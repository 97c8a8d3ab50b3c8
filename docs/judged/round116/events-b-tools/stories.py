"""Print the full stories of the docs sampled for judge b (items + paragraphs), numbered by paragraph."""
import json, sys
docs = []
for f in ("events-b-items.jsonl", "paragraphs-b.jsonl"):
    for l in open(f):
        d = json.loads(l)["doc"]
        if d not in docs:
            docs.append(d)
docs.sort()
sel = sys.argv[1:] or docs
for l in open("/work/wt/j116b/data/heldout_news35/stories.jsonl"):
    s = json.loads(l)
    if s["id"] in sel and s["id"] in docs:
        print("=" * 20, s["id"], s["date"], "|", s["title"])
        for i, p in enumerate([p for p in s["text"].split("\n") if p.strip()]):
            print(f"[{i}] {p}")
