"""Print the 40 sampled paragraphs with dateline's event sources and quote speakers."""
import json

s = json.load(open("/tmp/j4a_sample.json"))
recs = {}
for p in ("/tmp/j4a_mt_out.jsonl", "/tmp/j4a_st_out.jsonl"):
    for l in open(p):
        r = json.loads(l)
        recs[r["source"]["id"]] = r
out = []
for tag in ("mt_paras", "st_paras"):
    for doc, i in s[tag]:
        r = recs[doc]
        paras = r["text"].split("\n")
        start = sum(len(p) + 1 for p in paras[:i])
        end = start + len(paras[i])
        acts = {a["id"]: a for a in r["actors"]}
        src = []
        for e in r["events"]:
            if start <= e["trigger"]["start"] < end:
                for aid in e["source"]:
                    a = acts[aid]
                    src.append({"via": "event " + e["type"] + " '" + e["trigger"]["text"] + "'", "actor": a["name"], "country": a["country"], "sector": a["sector"], "kind": a["kind"]})
        for q in r["quotes"]:
            if start <= q["content"]["start"] < end and q["speaker"]:
                a = acts.get(q["speaker"]["actor"]) if q["speaker"]["actor"] else None
                src.append({"via": "quote speaker '" + q["speaker"]["text"] + "'", "actor": a["name"] if a else None, "country": a["country"] if a else None, "sector": a["sector"] if a else None, "kind": a["kind"] if a else None})
        out.append({"doc": doc, "para": i, "document_date": r["document_date"], "text": paras[i], "sources": src})
json.dump(out, open("/tmp/j4a_paras.json", "w"), indent=1)
for n, o in enumerate(out):
    print(f"P{n+1} {o['doc']} #{o['para']}: {o['text'][:600]}")
    for x in o["sources"]:
        print("     ", x)
