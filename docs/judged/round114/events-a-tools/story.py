"""Print a story's text and every dateline event in it (actors resolved), for context and duplicate checks.
usage: story.py DOC [DOC...]"""
import json, sys
R = "/tmp/r114/heldout_news34.judge.jsonl"
recs = {}
for l in open(R):
    r = json.loads(l)
    recs[r["id"]] = r["record"]
def act(rec, i):
    for a in rec["actors"]:
        if a["id"] == i:
            return f'{a["name"]}[{a["country"]}/{a["sector"]}/{a["kind"]}]'
    return i
for d in sys.argv[1:]:
    rec = recs[d]
    print("=" * 100); print(d, rec["document_date"]); print(rec["text"])
    print("--- events")
    for e in rec["events"]:
        print(f'{e["id"]} "{e["trigger"]["text"]}" {e["type"]}/{e["mode"]} src={[act(rec,x) for x in e["source"]]} tgt={[act(rec,x) for x in e["target"]]} date={e["date"]["value"]}({e["date"]["basis"]}) {e["modality"]} rep={act(rec,e["reported_by"]) if e["reported_by"] else None}')
        print("     S:", e["sentence"]["text"].strip()[:300])
