"""Print the actors (with mentions) of a doc's event: actors.py RECORDS DOC EVENT_ID"""
import json, sys
for l in open(sys.argv[1]):
    d = json.loads(l)
    if d["id"] != sys.argv[2]: continue
    r = d["record"]; acts = {a["id"]: a for a in r["actors"]}
    for e in r["events"]:
        if e["id"] != sys.argv[3]: continue
        for role in ("source", "target"):
            for i in e[role]:
                a = acts[i]
                print(role, a["id"], a["name"], a.get("country"), a.get("sector"), a.get("kind"), "role=", a.get("role"), "mentions=", [m["text"] for m in a["mentions"]], a.get("rule"))
        print("rep", e.get("reported_by"), acts.get(e.get("reported_by"), {}).get("name") if e.get("reported_by") else "")
