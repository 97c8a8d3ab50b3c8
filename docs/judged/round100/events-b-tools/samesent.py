"""For each item, list every dateline event in the same sentence (for the duplicate check)."""
import json
from pathlib import Path
here = Path(__file__).resolve().parents[1]
items = [json.loads(l) for l in open(here / "events-b-items.jsonl")]
recs = {}
for l in open("/tmp/r100/heldout_news27.judge.jsonl"):
    d = json.loads(l)
    recs[d["id"]] = d["record"]
def name(r, aid):
    for a in r["actors"]:
        if a["id"] == aid:
            return f'{a["name"]}[{a.get("country")}]'
    return aid
for it in items:
    r = recs[it["doc"]]
    me = next(e for e in r["events"] if e["id"] == it["event_id"])
    same = [e for e in r["events"] if e["sentence"]["start"] == me["sentence"]["start"]]
    print(f'#{it["n"]} {it["doc"]} {it["event_id"]}:')
    for e in same:
        mark = "*" if e["id"] == me["id"] else " "
        print(f'  {mark} {e["id"]} {e["trigger"]["text"]!r} {e["type"]}/{e["mode"]} '
              f'{[name(r,a) for a in e["source"]]} -> {[name(r,a) for a in e["target"]]} '
              f'{e["date"]["value"]} {e["modality"]}')
