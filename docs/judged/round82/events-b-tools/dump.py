"""Print each sampled story (items + paragraphs of judge b) with dateline's events, for reading."""
import json, sys
HERE = "/work/wt/j82b/docs/judged/round82/"
docs = []
for f in ("events-b-items.jsonl", "paragraphs-b.jsonl"):
    for l in open(HERE + f):
        d = json.loads(l)["doc"]
        if d not in docs:
            docs.append(d)
want = sys.argv[1:] or docs
recs = {}
for l in open("/tmp/r81/heldout_news18.judge.jsonl"):
    r = json.loads(l)
    if r["id"] in want:
        recs[r["id"]] = r["record"]
def act(rec, ids):
    out = []
    for i in ids:
        a = next(x for x in rec["actors"] if x["id"] == i)
        out.append(f'{a["name"]}[{a["country"]}/{a["sector"]}/{a["kind"]}]')
    return out
for d in want:
    rec = recs[d]
    print("=" * 100)
    print(d, "docdate", rec["document_date"])
    print(rec["text"])
    print("-- events")
    for e in rec["events"]:
        extra = {k: e[k] for k in e if k in ("confidence", "withheld")}
        print(f'  {e["id"]} @{e["trigger"]["start"]} "{e["trigger"]["text"]}" {e["type"]}/{e["mode"]} src={act(rec, e["source"])} tgt={act(rec, e["target"])} date={e["date"]["value"]}({e["date"]["basis"]}) mod={e["modality"]} rep={e["reported_by"]} {extra}')
        print(f'      S: {e["sentence"]["text"][:300].strip()}')
