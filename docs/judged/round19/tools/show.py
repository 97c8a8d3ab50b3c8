"""Print sampled items with the sentence and surrounding context from the record."""
import json, sys
recs = {}
want = set()
items = [json.loads(l) for l in open(sys.argv[2])]
for it in items: want.add(it["doc"])
for l in open(sys.argv[1]):
    r = json.loads(l)
    if r["id"] in want: recs[r["id"]] = r["record"]
lo, hi = int(sys.argv[3]), int(sys.argv[4])
for it in items:
    if not lo <= it["n"] <= hi: continue
    rec = recs[it["doc"]]; t = rec["text"]
    i = t.find(it["sentence"])
    before = t[max(0, i-400):i].replace("\n", " / ")
    after = t[i+len(it["sentence"]):i+len(it["sentence"])+200].replace("\n", " / ")
    print(f'#{it["n"]} {it["doc"]} {it["event_id"]}')
    print(f'  CTX< ...{before}')
    print(f'  SENT: {it["sentence"]}')
    print(f'  CTX> {after}...')
    print(f'  trig="{it["trigger"]}" type={it["type"]} mode={it["mode"]} cameo={it["cameo"]}')
    print(f'  src={it["source"]} tgt={it["target"]}')
    print(f'  date={it["date"]} mod={it["modality"]} rep={it["reported_by"]}')
    print()
