import json, sys
docs = []
for l in open('events-a-items.jsonl'):
    d = json.loads(l)
    if d['doc'] not in docs: docs.append(d['doc'])
for l in open('paragraphs-a.jsonl'):
    d = json.loads(l)
    if d['doc'] not in docs: docs.append(d['doc'])
want = set(docs)
st = {}
for l in open('/work/wt/j109a/data/heldout_news32/stories.jsonl'):
    d = json.loads(l)
    if d['id'] in want: st[d['id']] = d
out = {}
for l in open('/tmp/r109/heldout_news32.judge.jsonl'):
    d = json.loads(l)
    k = d['id']
    if k in want: out[k] = d['record']
sel = sys.argv[1:] or sorted(docs)
for k in sel:
    s = st[k]
    print('=' * 30, k, s['date'], s['title'])
    print(s['text'])
    rec = out.get(k)
    if rec:
        evs = rec.get('events', [])
        print('-- dateline events:')
        for e in evs:
            acts = {a['id']: a for a in rec.get('actors', [])}
            nm = lambda ids: [acts[i].get('name', i) if i in acts else i for i in ids]
            print('  ', e['id'], e['trigger']['text'], e['type'], e.get('mode'), nm(e['source']), '->', nm(e['target']), e['date'].get('value'), e['modality'], '|', e['sentence']['text'][:70].strip())
