"""For each judge-b item, list every dateline event (with actors resolved) in the same sentence.

usage (from docs/judged/round142): python events-b-tools/same.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
RECORDS = Path("/tmp/r141/heldout_news48.judge.jsonl")
items = [json.loads(l) for l in open(HERE / "events-b-items.jsonl")]
recs = {}
for l in open(RECORDS):
    r = json.loads(l)
    recs[r["id"]] = r["record"]


def name(rec, aid):
    for a in rec["actors"]:
        if a["id"] == aid:
            return f"{a.get('name') or a.get('text')}[{a.get('country')}]"
    return aid


for it in items:
    rec = recs[it["doc"]]
    print(f"#{it['n']} {it['doc']} {it['event_id']} trig={it['trigger']} {it['type']}")
    for e in rec["events"]:
        if e["sentence"]["text"].strip() == it["sentence"].strip():
            mark = "*" if e["id"] == it["event_id"] else " "
            print(f"  {mark}{e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} "
                  f"{[name(rec, a) for a in e['source']]} -> {[name(rec, a) for a in e['target']]} "
                  f"{e['date']['value']} {e['modality']}")
