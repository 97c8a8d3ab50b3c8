"""Print the full stories of the docs sampled for judge c (items and paragraphs)."""
import json, sys
HERE = "/work/wt/j161c/docs/judged/round161/"
docs = []
for f in ("events-c-items.jsonl", "paragraphs-c.jsonl"):
    for line in open(HERE + f):
        d = json.loads(line)["doc"]
        if d not in docs:
            docs.append(d)
want = sys.argv[1:] or docs
for line in open("/work/wt/j161c/data/heldout_news58/stories.jsonl"):
    s = json.loads(line)
    sid = s.get("id") or s.get("doc")
    if sid in want:
        print("=" * 30, sid, {k: v for k, v in s.items() if k not in ("text", "body")})
        print(s.get("text") or s.get("body"))
