# list, for each sampled item, every dateline event in the same sentence (duplicate check)
import json, sys
R = {}
for l in open('/tmp/r98/heldout_news26.judge.jsonl'):
    d = json.loads(l); R[d['id']] = d['record']
def act(r, ids):
    A = {a['id']: a for a in r['actors']}
    out = []
    for i in ids:
        a = A.get(i, {})
        out.append(a.get('name') or a.get('text') or i)
    return out
for l in open('events-d-items.jsonl'):
    it = json.loads(l); r = R[it['doc']]
    me = [e for e in r['events'] if e['id'] == it['event_id']][0]
    same = [e for e in r['events'] if e['sentence']['start'] == me['sentence']['start']]
    print(it['n'], it['doc'], it['event_id'])
    for e in same:
        print('   ', e['id'], e['type'], e['trigger']['text'], act(r, e['source']), '->', act(r, e['target']), e['date']['value'], e['modality'])
