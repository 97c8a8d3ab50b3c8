"""Print each sampled doc's full story, then every dateline event in it (type, trigger, args, sentence start)."""
import json, sys
R = '/work/wt/j159c/docs/judged/round159/'
items = [json.loads(l) for l in open(R + 'events-c-items.jsonl')]
paras = [json.loads(l) for l in open(R + 'paragraphs-c.jsonl')]
docs = []
for x in items + paras:
    if x['doc'] not in docs:
        docs.append(x['doc'])
stories = {}
for l in open('/work/wt/j159c/data/heldout_news56/stories.jsonl'):
    d = json.loads(l)
    if d['id'] in docs:
        stories[d['id']] = d
recs = {}
for l in open('/tmp/r157/heldout_news56.judge.jsonl'):
    d = json.loads(l)
    if d['id'] in docs:
        recs[d['id']] = d['record']
want = sys.argv[1:] or docs
for doc in want:
    s = stories[doc]; r = recs[doc]
    acts = {a['id']: a for a in r['actors']} if isinstance(r['actors'], list) else r['actors']
    def nm(ids):
        out = []
        for i in ids:
            a = acts.get(i, {})
            out.append(a.get('name') or a.get('text') or i)
        return out
    mine = [it['event_id'] + '#' + str(it['n']) for it in items if it['doc'] == doc]
    print('=' * 100); print(doc, s['date'], s['title'], 'ITEMS:', mine)
    print(s['text'])
    print('-- dateline events:')
    for e in r['events']:
        print(' ', e['id'], e['type'], e['mode'], repr(e['trigger']['text']), nm(e['source']), '->', nm(e['target']),
              e['date']['value'], e['date']['basis'], e['modality'], '| sent@', e['sentence']['start'], e['sentence']['text'][:70].replace('\n', ' '))
