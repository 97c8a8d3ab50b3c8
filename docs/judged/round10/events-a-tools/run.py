"""Run dateline on MEANTIME (dct as published) and the NGEC test stories (date 2023-06-15)."""
import json
import sys

import dateline

out = sys.argv[1]
arts = []
for line in open("/work/shared/eval/meantime/docs.jsonl"):
    d = json.loads(line)
    arts.append({"id": "mt-" + d["doc_id"], "text": d["text"], "published": d["dct"], "title": d.get("title")})
for line in open("data/synthetic_stories/test.jsonl"):
    d = json.loads(line)
    arts.append({"id": d["id"], "text": d["text"]})
with open(out, "w") as f:
    for a, r in zip(arts, dateline.extract_many(arts, date="2023-06-15")):
        js = r.to_json() if hasattr(r, "to_json") else r
        if isinstance(js, str):
            js = json.loads(js)
        f.write(json.dumps({"id": a["id"], "record": js}) + "\n")
