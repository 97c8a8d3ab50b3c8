"""Run dateline on MEANTIME (all 120) and the NGEC test stories; dump compact events. Seed 20261210."""
import json, sys, random
import dateline
OUT = "/tmp/j11-events-b"
SEED = 20261210

def actor_str(rec, ids):
    by = {a["id"]: a for a in rec["actors"]}
    return [f'{by[i]["name"]} [{by[i]["country"]}/{by[i]["sector"]}/{by[i]["kind"]}]' for i in ids if i in by]

def compact(rec, e):
    by = {a["id"]: a for a in rec["actors"]}
    rb = e.get("reported_by")
    return {"type": e["type"], "cameo": e["cameo"], "trigger": e["trigger"]["text"],
            "source": actor_str(rec, e["source"]), "target": actor_str(rec, e["target"]),
            "date": {k: e["date"].get(k) for k in ("value", "basis")} if e.get("date") else None,
            "modality": e["modality"], "reported_by": actor_str(rec, [rb]) if rb else None,
            "rule": e["rule"], "sentence": e["sentence"]["text"]}

def main(which):
    if which == "meantime":
        docs = [json.loads(l) for l in open("/work/shared/eval/meantime/docs.jsonl")]
        arts = [{"text": d["text"], "published": d["dct"], "id": d["doc_id"]} for d in docs]
        recs = dateline.extract_many(arts)
        ids = [d["doc_id"] for d in docs]
    else:
        docs = [json.loads(l) for l in open("data/synthetic_stories/test.jsonl")]
        rng = random.Random(SEED)
        docs = rng.sample(docs, 300)
        arts = [{"text": d["text"], "id": d["id"]} for d in docs]
        recs = dateline.extract_many(arts, date="2023-06-15")
        ids = [d["id"] for d in docs]
    with open(f"{OUT}/{which}.events.jsonl", "w") as f, open(f"{OUT}/{which}.records.jsonl", "w") as g:
        for did, rec in zip(ids, recs):
            r = rec.to_dict()
            g.write(json.dumps(r) + "\n")
            for e in r.get("events", []):
                f.write(json.dumps({"doc": did, "eid": e["id"], **compact(r, e)}) + "\n")

main(sys.argv[1])
