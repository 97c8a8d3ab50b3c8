"""Print the full stories of the docs sampled for judge d, each with dateline's events (for duplicate checks)."""
import json
items = [json.loads(l) for l in open('events-d-items.jsonl')]
paras = [json.loads(l) for l in open('paragraphs-d.jsonl')]
docs = []
for x in items + paras:
    if x['doc'] not in docs:
        docs.append(x['doc'])
want = set(docs)
stories = {}
for l in open('/work/wt/j129d/data/heldout_news42/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in want:
        stories[s['id']] = s
recs = {}
for l in open('/tmp/r129/heldout_news42.judge.jsonl'):
    r = json.loads(l)
    if r['id'] in want:
        recs[r['id']] = r['record']
def name(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return a.get('name') or a.get('text') or aid
    return aid
for d in sorted(docs):
    s = stories[d]
    mine = [(x['n'], x['event_id']) for x in items if x['doc'] == d]
    print('=' * 100)
    print(d, s['date'], 'items', mine)
    print('TITLE:', s['title'])
    print(s['text'])
    print('--- dateline events:')
    rec = recs.get(d, {})
    for e in rec.get('events', []):
        print(' ', e['id'], repr(e['trigger']['text']), e['type'], e.get('mode'), [name(rec, a) for a in e['source']], '->',
              [name(rec, a) for a in e['target']], e['date']['value'], e['date']['basis'], e['modality'], '|', e['sentence']['text'][:70].strip())
