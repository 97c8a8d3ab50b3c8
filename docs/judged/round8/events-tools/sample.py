"""Seeded sample of events and actors from /tmp/j10-events/records.jsonl; prints compact views."""
import json, random
SEED = 20261208
rng = random.Random(SEED)
docs = [json.loads(l) for l in open('/tmp/j10-events/records.jsonl')]
def amap(r): return {a['id']: a for a in r['actors']}
def aname(a): return f"{a['name']}|{a['country']}|{a['sector']}|{a['kind']}" if a else None
ev = {'meantime': [], 'stories': []}; ac = {'meantime': [], 'stories': []}
for d in docs:
    r = d['record']; am = amap(r)
    for e in r['events']:
        ev[d['corpus']].append({'doc': d['id'], 'date': d['date'], 'sentence': e['sentence']['text'].strip(),
            'type': e['type'], 'mode': e['mode'], 'cameo': e['cameo'], 'trigger': e['trigger']['text'],
            'source': [aname(am.get(x)) for x in e['source']], 'target': [aname(am.get(x)) for x in e['target']],
            'date_pred': {k: e['date'][k] for k in ('value', 'basis')}, 'modality': e['modality'],
            'reported_by': aname(am.get(e['reported_by'])) if e['reported_by'] else None, 'rule': e['rule']})
    for a in r['actors']:
        ac[d['corpus']].append({'doc': d['id'], 'date': d['date'], 'name': a['name'], 'country': a['country'],
            'sector': a['sector'], 'kind': a['kind'], 'role': a['role'],
            'mentions': sorted({m['text'] for m in a['mentions']}), 'rule': a['rule'],
            'context': r['text'][max(0, a['mentions'][0]['start'] - 120): a['mentions'][0]['end'] + 120].replace('\n', ' ')})
out = {'events': [], 'actors': []}
for c in ('meantime', 'stories'):
    print(c, len(ev[c]), 'events', len(ac[c]), 'actors')
    for x in rng.sample(ev[c], 20): out['events'].append(dict(corpus=c, **x))
    for x in rng.sample(ac[c], 40): out['actors'].append(dict(corpus=c, **x))
json.dump(out, open('/tmp/j10-events/sample.json', 'w'), indent=1)
