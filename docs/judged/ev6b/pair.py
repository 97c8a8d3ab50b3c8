import json, random, sys
def load(path):
    out = json.load(open(path))
    items = []
    for corpus in ("mt", "st"):
        for r in out[corpus]:
            actors = {a["id"]: a for a in r["actors"]}
            for e in r["events"]:
                items.append((corpus, r, actors, e))
    return out, items
bo, before = load("before.json")
ao, after = load(sys.argv[1] if len(sys.argv) > 1 else "after.json")
aidx = {}
for c, r, actors, e in after:
    aidx.setdefault((r["source"]["id"], e["trigger"]["start"]), []).append((r, actors, e))
mt = [x for x in before if x[0] == "mt"]; st = [x for x in before if x[0] == "st"]
rng = random.Random(20261207 + 1)
picked = rng.sample(range(len(mt)), 30) + [len(mt) + i for i in rng.sample(range(len(st)), 30)]
order = picked[:]
random.Random(20261207 + 2).shuffle(order)
def fmt(actors, e):
    f = lambda ids: [f"{actors[x]['name']}|{actors[x]['country']}" for x in ids]
    return f"{e['type']} '{e['trigger']['text']}' src={f(e['source'])} tgt={f(e['target'])} date={e['date']['value']} {e['date']['basis']} mod={e['modality']} rule={e['rule']}"
for n, i in enumerate(order, 1):
    c, r, actors, e = before[i]
    print(f"#{n} [{c}] doc={r['source']['id']} ddate={r['document_date']}")
    print("   S:", e["sentence"]["text"].strip()[:500])
    print("   B:", fmt(actors, e))
    for ra, aa, ea in aidx.get((r["source"]["id"], e["trigger"]["start"]), []):
        print("   A:", fmt(aa, ea))
    if not aidx.get((r["source"]["id"], e["trigger"]["start"])):
        print("   A: (gone)")
