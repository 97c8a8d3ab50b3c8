import json, random
rng = random.Random(20261204)
def load(p):
    return [json.loads(l) for l in open(p)]
out = []
for tag, p in [("meantime", "/tmp/j7ev/mt_out.jsonl"), ("stories", "/tmp/j7ev/st_out.jsonl")]:
    recs = load(p)
    pool = [(r, e) for r in recs if "events" in r for e in r["events"]]
    print(tag, "records", len(recs), "events", len(pool))
    for r, e in rng.sample(pool, 40):
        acts = {a["id"]: a for a in r["actors"]}
        def A(ids): return [f'{acts[i]["name"]}|{acts[i].get("country")}|{acts[i].get("sector")}' for i in ids]
        s = e["sentence"]; t = r["text"]
        out.append({"corpus": tag, "doc": r["source"].get("id"), "document_date": r["document_date"],
            "sentence": t[s["start"]:s["end"]], "trigger": t[e["trigger"]["start"]:e["trigger"]["end"]],
            "event": {"type": e["type"], "mode": e["mode"], "source": A(e["source"]), "target": A(e["target"]),
                      "date": {k: e["date"].get(k) for k in ("value","basis")}, "modality": e["modality"],
                      "reported_by": A([e["reported_by"]]) if e.get("reported_by") else None, "rule": e["rule"]}})
with open('/tmp/j7ev/sample.jsonl','w') as f:
    for o in out: f.write(json.dumps(o)+"\n")
for i,o in enumerate(out):
    ev=o["event"]
    print(f'#{i} [{o["corpus"]} {o["doc"]} {o["document_date"]}] {o["sentence"]}\n   TRIG={o["trigger"]!r} {ev["type"]}/{ev["mode"]} S={ev["source"]} T={ev["target"]} D={ev["date"]} M={ev["modality"]} RB={ev["reported_by"]}')
