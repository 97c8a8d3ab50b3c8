import json, random
rng = random.Random(20261204+1)
recs=[json.loads(l) for l in open('/tmp/j7ev/st_out.jsonl')]
for r in rng.sample(recs,30):
    t=r["text"]; 
    # first paragraph
    end=t.find("\n"); end = len(t) if end<0 else end
    # skip title if text starts with title
    acts={a["id"]:a["name"] for a in r["actors"]}
    print("==",r["source"]["id"], repr(t[:end]))
    for e in r["events"]:
        if e["sentence"]["start"]<end:
            print("   ", e["type"], repr(t[e["trigger"]["start"]:e["trigger"]["end"]]), [acts[i] for i in e["source"]], "->", [acts[i] for i in e["target"]], e["modality"])
