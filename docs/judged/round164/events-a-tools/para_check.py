"""Count dateline events whose sentence starts inside each sampled story's first paragraph."""
import json
docs = [json.loads(l)["doc"] for l in open("paragraphs-a.jsonl")]
for l in open("/tmp/r162/heldout_news59.judge.jsonl"):
    d = json.loads(l)
    if d["id"] in docs:
        r = d["record"]; end = r["text"].find("\n")
        evs = [e["id"] + ":" + e["trigger"]["text"] for e in r["events"] if e["sentence"]["start"] < end]
        print(d["id"], "para1 ends", end, "events", evs)
