"""Print the full stories of the docs sampled for judge a (items + paragraphs)."""
import json, sys
here = "/work/wt/j166a/docs/judged/round166/"
docs = []
for f in ("events-a-items.jsonl", "paragraphs-a.jsonl"):
    for l in open(here + f):
        d = json.loads(l)["doc"]
        if d not in docs:
            docs.append(d)
want = set(sys.argv[1:]) or set(docs)
for l in open("/work/wt/j166a/data/heldout_news61/stories.jsonl"):
    s = json.loads(l)
    sid = s.get("id") or s.get("doc")
    if sid in want:
        print("=" * 20, sid, {k: v for k, v in s.items() if k not in ("text", "body")})
        print(s.get("text") or s.get("body"))
