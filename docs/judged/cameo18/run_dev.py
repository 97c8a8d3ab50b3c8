"""Run dateline (main) over dev stories 400-1499 with date 2023-06-15."""
import json, os, sys
os.environ.setdefault("DATELINE_ARTICLE_TIMEOUT", "600")
import dateline
out = sys.argv[1]
arts = []
for i, line in enumerate(open("/work/main/data/synthetic_stories/dev.jsonl")):
    if 400 <= i < 1500:
        d = json.loads(line)
        arts.append({"id": d["id"], "text": d["text"]})
with open(out, "w") as f:
    for a, r in zip(arts, dateline.extract_many(arts, date="2023-06-15")):
        js = r.to_json() if hasattr(r, "to_json") else r
        if isinstance(js, str):
            js = json.loads(js)
        f.write(json.dumps({"id": a["id"], "record": js}) + "\n")
