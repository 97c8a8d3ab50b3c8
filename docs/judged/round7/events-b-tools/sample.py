import json, random
SEED = 20261206
rng = random.Random(SEED + 1)  # second stream for sampling events
recs = [json.loads(l) for l in open('/tmp/j8b/records.jsonl')]
def sl(t, s): return t[s["start"]:s["end"]]
pools = {"meantime": [], "stories": []}
for r in recs:
    rec = r["rec"]
    if "error" in rec: continue
    for e in rec["events"]:
        pools[r["corpus"]].append((r, e))
print({k: len(v) for k, v in pools.items()}, sum(1 for r in recs if r["corpus"]=="stories"))
sample = rng.sample(pools["meantime"], 40) + rng.sample(pools["stories"], 40)
items = []
for i, (r, e) in enumerate(sample):
    rec = r["rec"]; t = rec["text"]; A = {a["id"]: a for a in rec["actors"]}
    def act(ids): return [f'{A[x]["name"]}|{A[x]["country"]}|{A[x]["sector"]}|{A[x]["kind"]}' for x in ids]
    item = {"n": i+1, "corpus": r["corpus"], "doc": rec.get("source", {}).get("id") if isinstance(rec.get("source"), dict) else None,
            "document_date": rec["document_date"], "sentence": sl(t, e["sentence"]),
            "pred": {"type": e["type"], "mode": e["mode"], "trigger": sl(t, e["trigger"]), "source": act(e["source"]), "target": act(e["target"]),
                     "date": {k: e["date"].get(k) for k in ("value","basis")}, "modality": e["modality"],
                     "reported_by": act([e["reported_by"]]) if e.get("reported_by") else None, "rule": e["rule"]}}
    if r["corpus"] == "stories": item["label"] = r["label"]
    items.append(item)
json.dump(items, open('/tmp/j8b/sample.json', 'w'), indent=1)
for it in items:
    p = it["pred"]
    print(f'#{it["n"]} [{it["corpus"]} {it["doc"]} dd={it["document_date"]}{" L="+it.get("label","") if "label" in it else ""}]\n  S: {it["sentence"]}\n  -> {p["type"]}/{p["mode"]} trig="{p["trigger"]}" src={p["source"]} tgt={p["target"]} date={p["date"]} mod={p["modality"]} rep={p["reported_by"]}')
