"""Print the full stories of judge c's sampled docs (items + paragraphs), with dateline's
events per sentence, so the judge can read context and check duplicates."""
import json, sys
R = '/work/wt/j170c/docs/judged/round170/'
docs = []
for f in ['events-c-items.jsonl', 'paragraphs-c.jsonl']:
    for l in open(R + f):
        d = json.loads(l)['doc']
        if d not in docs:
            docs.append(d)
stories = {}
for l in open('/work/wt/j170c/data/heldout_news63/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in docs:
        stories[s['id']] = s
out = {}
for l in open('/tmp/r170/heldout_news63.judge.jsonl'):
    r = json.loads(l)
    did = r['id']
    if did in docs:
        rec = r['record']
        acts = {a['id']: a for a in rec['actors']}
        def nm(ids):
            return ['%s[%s/%s]' % (acts[i]['name'], acts[i].get('country'), acts[i].get('sector')) if i in acts else i for i in ids]
        evs = []
        for e in rec['events']:
            evs.append(dict(event_id=e['id'], type=e['type'], trigger=e['trigger']['text'], mode=e.get('mode'),
                            source=nm(e['source']), target=nm(e['target']), date=(e['date'] or {}).get('value'),
                            modality=e['modality'], sentence=e['sentence']['text']))
        out[did] = {'events': evs}
items = {}
for l in open(R + 'events-c-items.jsonl'):
    it = json.loads(l)
    items.setdefault(it['doc'], []).append((it['n'], it['event_id']))
for d in docs:
    s = stories[d]
    print('=' * 100)
    print(d, s['date'], s['title'], ' ITEMS:', items.get(d))
    print(s['text'])
    print('--- dateline events:')
    r = out.get(d, {})
    for e in r.get('events', []):
        print('  %s %s "%s" %s src=%s tgt=%s date=%s mod=%s | %s' % (e['event_id'], e['type'], e['trigger'], e.get('mode'),
              e['source'], e['target'], e['date'], e['modality'], e['sentence'].strip()[:90]))
