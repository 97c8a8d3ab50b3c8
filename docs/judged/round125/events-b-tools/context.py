"""For each item print the other dateline events found in the same sentence (duplicate check),
or (with 'stories') print the full stories of the sampled docs.

usage: context.py ITEMS.jsonl JUDGE.jsonl [stories]
"""
import json, sys

items = [json.loads(l) for l in open(sys.argv[1])]
recs = {}
for l in open(sys.argv[2]):
    r = json.loads(l)
    recs[r["id"]] = r["record"]

if len(sys.argv) > 3 and sys.argv[3] == "stories":
    for d in sorted({i["doc"] for i in items}):
        print("=====", d, recs[d]["document_date"])
        print(recs[d]["text"])
    sys.exit()

for it in items:
    rec = recs[it["doc"]]
    names = {a["id"]: f'{a["name"]}[{a.get("country")}]' for a in rec["actors"]}
    print(f'#{it["n"]} {it["doc"]} {it["event_id"]} trig={it["trigger"]}')
    for e in rec["events"]:
        if e["id"] == it["event_id"]:
            continue
        if e["sentence"]["text"].strip() == it["sentence"].strip():
            print(f'   same-sentence {e["id"]} trig={e["trigger"]["text"]!r} {e["type"]}/{e["mode"]} '
                  f'src={[names.get(x, x) for x in e["source"]]} tgt={[names.get(x, x) for x in e["target"]]} '
                  f'date={e["date"]["value"]} mod={e["modality"]}')
