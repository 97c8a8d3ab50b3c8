"""Print 10 random story first paragraphs with dateline's events (recall), and 40 random paragraphs
(20 MEANTIME, 20 stories) with their events' source actors and quote speakers (source-country count)."""
import json, random
rng = random.Random(20261208 + 1)
docs = [json.loads(l) for l in open('/tmp/j10-events/records.jsonl')]
def paras(r):
    out, pos = [], 0
    for p in r['text'].split('\n'):
        if p.strip(): out.append((pos, pos + len(p), p))
        pos += len(p) + 1
    return out
def show(r, s, e, p):
    am = {a['id']: a for a in r['actors']}
    f = lambda ids: [f"{am[x]['name']}|{am[x]['country']}|{am[x]['sector']}" for x in ids if x in am]
    print('  TEXT:', p)
    for ev in r['events']:
        if s <= ev['trigger']['start'] < e:
            print('   EV', ev['type'], ev['mode'], repr(ev['trigger']['text']), 'S=', f(ev['source']), 'T=', f(ev['target']))
    for q in r['quotes']:
        sp = q.get('speaker') or {}
        if s <= q['cue']['start'] < e:
            print('   QUOTE speaker=', repr(sp.get('text')), f([sp['actor']]) if sp.get('actor') else None, 'cue=', q['cue']['text'])
st = [d for d in docs if d['corpus'] == 'stories']
mt = [d for d in docs if d['corpus'] == 'meantime']
print('=== RECALL: 10 story first paragraphs')
for d in rng.sample(st, 10):
    r = d['record']; s, e, p = paras(r)[0]; print('#', d['id'], d['label']); show(r, s, e, p)
print('=== SOURCE COUNTRY: 40 paragraphs')
for c, pool in (('meantime', mt), ('stories', st)):
    for d in rng.sample(pool, 20):
        r = d['record']; s, e, p = rng.choice(paras(r)); print('#', c, d['id']); show(r, s, e, p)
