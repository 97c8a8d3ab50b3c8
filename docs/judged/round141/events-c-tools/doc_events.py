"""List every dateline event of the given docs (default: all docs of judge c's items and
paragraphs), grouped by sentence, with actors resolved, for the duplicate check."""
import json, sys
J = "/tmp/r141/heldout_news48.judge.jsonl"
docs = []
for f in ("events-c-items.jsonl", "paragraphs-c.jsonl"):
    for l in open(f):
        d = json.loads(l)["doc"]
        if d not in docs:
            docs.append(d)
want = sys.argv[1:] or docs
for l in open(J):
    rec = json.loads(l)
    if rec["id"] not in want:
        continue
    r = rec["record"]
    actors = {a["id"]: a for a in r["actors"]}
    def name(i):
        a = actors.get(i, {})
        return "%s[%s]" % (a.get("name") or a.get("text"), a.get("country"))
    print("=" * 10, rec["id"], r["document_date"])
    last = None
    for e in r["events"]:
        s = e["sentence"]["text"].strip()
        if s != last:
            print("  S:", s[:200])
            last = s
        print("    %s %-10s %-8s trig=%-14r src=%s tgt=%s date=%s/%s mod=%s" % (
            e["id"], e["type"], e["mode"], e["trigger"]["text"],
            [name(x) for x in e["source"]], [name(x) for x in e["target"]],
            e["date"]["value"], e["date"]["basis"], e["modality"]))
