"""Print each sampled story (title, date, text) and every dateline event in it,
with the sampled items marked, so a judge can check duplicates in a sentence."""
import json, sys
items = [json.loads(l) for l in open(sys.argv[1])]
want = []
for it in items:
    if it["doc"] not in want:
        want.append(it["doc"])
marked = {(it["doc"], it["event_id"]): it["n"] for it in items}
stories = {}
for l in open(sys.argv[2]):
    s = json.loads(l)
    if s["id"] in want:
        stories[s["id"]] = s
recs = {}
for l in open(sys.argv[3]):
    r = json.loads(l)
    if r["id"] in want:
        recs[r["id"]] = r["record"]
for d in want:
    s, r = stories[d], recs[d]
    actors = {a["id"]: "%s[%s/%s]" % (a["name"], a["country"], a["sector"]) for a in r["actors"]}
    print("=" * 100)
    print(d, s["date"], "|", s["title"])
    print(s["text"])
    print("--- dateline events")
    for e in r["events"]:
        m = marked.get((d, e["id"]))
        print("%s %s [%s] %s/%s trig=%r src=%s tgt=%s date=%s/%s mod=%s sent=%r" % (
            "*#%d" % m if m else "   ", e["id"], e["sentence"]["start"], e["type"], e["mode"],
            e["trigger"]["text"], [actors.get(x, x) for x in e["source"]],
            [actors.get(x, x) for x in e["target"]], e["date"]["value"], e["date"]["basis"],
            e["modality"], e["sentence"]["text"][:90]))
