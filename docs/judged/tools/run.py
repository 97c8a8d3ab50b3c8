"""Run dateline over NGEC stories. usage: run.py OUT disc|val|dev|test [REGEX]
disc/val: the dev stories split in two by a hash of the id (disc: engineers read it; val: checked per
changed event before merging). Document date 2023-06-15 (event_scores.STORY_DATE). Two processes."""
import hashlib, json, re, sys
from pathlib import Path
from dataclasses import asdict
import dateline
from dateline.pipeline import extract_many


out, part = sys.argv[1], sys.argv[2]
regex = re.compile(sys.argv[3]) if len(sys.argv) > 3 else None
src = "test" if part == "test" else "dev"
import os
root = Path(os.environ.get("DATELINE_REPO", Path(__file__).resolve().parents[3]))
stories = [json.loads(l) for l in open(root / "data" / "synthetic_stories" / f"{src}.jsonl")]
def half(i):
    return int(hashlib.sha1(i.encode()).hexdigest(), 16) % 2
if part == "disc":
    stories = [s for s in stories if half(s["id"]) == 0]
elif part == "val":
    stories = [s for s in stories if half(s["id"]) == 1]
if regex:
    stories = [s for s in stories if regex.search(s["text"])]
def rec_json(r):
    if hasattr(r, "to_json"):
        return json.loads(r.to_json())
    return asdict(r)
with open(out, "w") as f:
    for s, r in zip(stories, extract_many([s["text"] for s in stories], date="2023-06-15", n_process=int(os.environ.get("NPROC", "2")))):
        f.write(json.dumps({"id": s["id"], "record": rec_json(r)}) + "\n")
print(len(stories), "stories ->", out)
