"""Print every dateline event of the given docs, grouped by sentence (for the duplicate check).
usage: python doc_events.py RECORDS.jsonl DOC [DOC ...]"""
import json, sys

recs, docs = sys.argv[1], set(sys.argv[2:])
for line in open(recs):
    d = json.loads(line)
    if d["id"] not in docs:
        continue
    r = d["record"]
    act = {a["id"]: "%s[%s/%s/%s]" % (a["name"], a["country"], a["sector"], a["kind"]) for a in r["actors"]}
    print("=====", d["id"], r["document_date"])
    last = None
    for e in r["events"]:
        s = e["sentence"]["text"].strip()
        if s != last:
            print("  SENT:", s)
            last = s
        print("    %s %-10s %-8s trig=%r src=%s tgt=%s date=%s/%s mod=%s rep=%s" % (
            e["id"], e["type"], e["mode"], e["trigger"]["text"],
            [act.get(x, x) for x in e["source"]], [act.get(x, x) for x in e["target"]],
            e["date"]["value"], e["date"]["basis"], e["modality"],
            act.get(e["reported_by"], e["reported_by"])))
