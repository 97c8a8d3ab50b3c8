"""Print the full stories of the sampled docs (events + paragraphs), numbered by paragraph."""
import json, sys
docs = set()
for f in ("events-b-items.jsonl", "paragraphs-b.jsonl"):
    for l in open(f):
        docs.add(json.loads(l)["doc"])
want = set(sys.argv[1:]) or docs
for l in open("/work/wt/j102b/data/heldout_news28/stories.jsonl"):
    s = json.loads(l)
    if s["id"] in want:
        print("=" * 20, s["id"], s["date"], "|", s["title"])
        for i, p in enumerate(s["text"].split("\n\n")):
            print(f"[{i}] {p}")
        print()
