import json, random
SEED = 20261202
out = json.load(open('out.json'))
rng = random.Random(SEED + 1)
def pool(recs, tag):
    p = []
    for r in recs:
        if 'error' in r: continue
        for e in r['events']:
            p.append((tag, r, e))
    return p
pm, ps = pool(out['mt'], 'mt'), pool(out['st'], 'st')
print('pool sizes', len(pm), len(ps))
sm, ss = rng.sample(pm, 40), rng.sample(ps, 40)
items = []
for i, (tag, r, e) in enumerate(sm + ss):
    acts = {a['id']: a for a in r['actors']}
    t = r['text']
    def A(ids): return [f"{acts[x]['name']}|{acts[x]['country']}|{acts[x]['sector']}|{acts[x]['kind']}" for x in ids]
    sent = t[e['sentence']['start']:e['sentence']['end']]
    trig = t[e['trigger']['start']:e['trigger']['end']]
    d = e['date']
    it = dict(n=i+1, corpus=tag, doc=r['source'].get('id'), docdate=r['document_date'], sentence=sent,
              event=dict(id=e['id'], type=e['type'], mode=e['mode'], trigger=trig, source=A(e['source']), target=A(e['target']),
                         date=dict(value=d['value'], basis=d['basis']), modality=e['modality'], rule=e['rule']))
    items.append(it)
json.dump(items, open('items.json','w'))
for it in items:
    e = it['event']
    print(f"#{it['n']} [{it['corpus']} {it['doc']} {it['docdate']}] {it['sentence']!r}")
    print(f"   {e['type']}/{e['mode']} trig={e['trigger']!r} src={e['source']} tgt={e['target']} date={e['date']['value']}({e['date']['basis']}) mod={e['modality']} rule={e['rule']}")
