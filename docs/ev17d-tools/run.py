"""ev17d: run dateline over dev stories [lo, hi) (date 2023-06-15), optionally plus MEANTIME."""
import json
import sys

import dateline

out, lo, hi = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
with_mt = len(sys.argv) > 4 and sys.argv[4] == "mt"
arts = []
if with_mt:
    for line in open("/work/shared/eval/meantime/docs.jsonl"):
        d = json.loads(line)
        arts.append({"id": "mt-" + d["doc_id"], "text": d["text"], "published": d["dct"], "title": d.get("title")})
for i, line in enumerate(open("data/synthetic_stories/dev.jsonl")):
    if lo <= i < hi:
        d = json.loads(line)
        arts.append({"id": d["id"], "text": d["text"]})
with open(out, "w") as f:
    for a, r in zip(arts, dateline.extract_many(arts, date="2023-06-15")):
        js = r.to_json() if hasattr(r, "to_json") else r
        if isinstance(js, str):
            js = json.loads(js)
        f.write(json.dumps({"id": a["id"], "record": js}) + "\n")
