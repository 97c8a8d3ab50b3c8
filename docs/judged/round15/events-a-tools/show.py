"""Print each sampled event with the preceding text of its story for judging."""
import json, sys
recs = {}
for line in open("/tmp/r15/new.jsonl"):
    d = json.loads(line)
    if d["id"].startswith("ngec"):
        recs[d["id"]] = d["record"]
for line in open(sys.argv[1]):
    it = json.loads(line)
    rec = recs[it["doc"]]
    t = rec["text"]
    i = t.find(it["sentence"])
    ctx = t[max(0, i - 300):i].replace("\n", " | ")
    print(f'#{it["n"]} {it["doc"]} {it["event_id"]} rule={it["rule"]}')
    print(f'  CTX: ...{ctx}')
    print(f'  S: {it["sentence"]}')
    print(f'  trig={it["trigger"]!r} {it["type"]}/{it["mode"]} cameo={it["cameo"]}')
    print(f'  src={it["source"]} tgt={it["target"]}')
    print(f'  date={it["date"]} mod={it["modality"]} rep={it["reported_by"]}')
    print()
