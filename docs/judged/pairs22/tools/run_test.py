"""Run dateline on all NGEC test stories (date 2023-06-15)."""
import json, sys
import dateline
arts = [{"id": d["id"], "text": d["text"]} for d in map(json.loads, open("/work/main/data/synthetic_stories/test.jsonl"))]
with open(sys.argv[1], "w") as f:
    for a, r in zip(arts, dateline.extract_many(arts, date="2023-06-15")):
        js = r.to_json() if hasattr(r, "to_json") else r
        if isinstance(js, str):
            js = json.loads(js)
        f.write(json.dumps({"id": a["id"], "record": js}) + "\n")
