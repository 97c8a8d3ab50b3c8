"""ev12c spot check: run dateline on MEANTIME (all 120) and 200 dev stories drawn with seed 71153,
write every event keyed by (doc, trigger start). Usage: python run.py OUT.jsonl"""
import json
import random
import sys

import dateline

SEED = 71153
MEANTIME = "/work/shared/eval/meantime/docs.jsonl"
STORIES = "data/synthetic_stories/dev.jsonl"


def items(rec, origin, doc_id):
    out = []
    names = {a["id"]: f'{a["name"]}({a.get("country")})' for a in rec["actors"]}
    for ev in rec.get("events", []):
        s = ev["sentence"]
        out.append({"origin": origin, "doc": doc_id, "start": ev["trigger"]["start"],
                    "trigger": rec["text"][ev["trigger"]["start"]:ev["trigger"]["end"]],
                    "sentence": rec["text"][s["start"]:s["end"]],
                    "type": ev["type"], "mode": ev.get("mode"), "modality": ev["modality"],
                    "reported_by": names.get(ev.get("reported_by")), "rule": ev["rule"],
                    "source": [names.get(a) for a in ev["source"]],
                    "target": [names.get(a) for a in ev["target"]]})
    return out


def main():
    rng = random.Random(SEED)
    mt = [json.loads(line) for line in open(MEANTIME)]
    st = rng.sample([json.loads(line) for line in open(STORIES)], 200)
    found = []
    for d, rec in zip(mt, dateline.extract_many(
            [{"text": d["text"], "published": d["dct"], "id": d["doc_id"]} for d in mt])):
        found += items(json.loads(rec.to_json()), "meantime", d["doc_id"])
    for d, rec in zip(st, dateline.extract_many([d["text"] for d in st], date="2023-06-15")):
        found += items(json.loads(rec.to_json()), "stories", d["id"])
    with open(sys.argv[1], "w") as f:
        for it in found:
            f.write(json.dumps(it) + "\n")


if __name__ == "__main__":
    main()
