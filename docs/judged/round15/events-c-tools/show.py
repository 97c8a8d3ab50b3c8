"""Print sampled events with the sentence before, for judging."""
import json, sys
recs = {}
for line in open("/tmp/r15/new.jsonl"):
    r = json.loads(line); recs[r["id"]] = r["record"]
for line in open(sys.argv[1]):
    e = json.loads(line)
    if int(e["n"]) < int(sys.argv[2]) or int(e["n"]) > int(sys.argv[3]): continue
    t = recs[e["doc"]]["text"]
    i = t.find(e["sentence"])
    prev = t[max(0, i-300):i].replace("\n", " / ")
    print(f'--- #{e["n"]} {e["doc"]}  trig="{e["trigger"]}"  {e["type"]}/{e["mode"]} cameo={e["cameo"]}')
    print(f'  SRC={e["source"]}  TGT={e["target"]}')
    print(f'  DATE={e["date"]} MOD={e["modality"]} REP={e["reported_by"]}')
    print(f'  PREV: ...{prev}')
    print(f'  SENT: {e["sentence"]}')
