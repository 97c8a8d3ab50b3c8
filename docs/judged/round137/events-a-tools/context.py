"""Print each sampled story (full text) with all dateline events, marking sampled items."""
import json, sys
ROOT = '/work/wt/j137a'
items = [json.loads(l) for l in open(ROOT + '/docs/judged/round137/events-a-items.jsonl')]
paras = [json.loads(l) for l in open(ROOT + '/docs/judged/round137/paragraphs-a.jsonl')]
docs = []
for it in items:
    if it['doc'] not in docs:
        docs.append(it['doc'])
for p in paras:
    if p['doc'] not in docs:
        docs.append(p['doc'])
stories = {}
for l in open(ROOT + '/data/heldout_news46/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in docs:
        stories[s['id']] = s
recs = {}
for l in open('/tmp/r137/heldout_news46.judge.jsonl'):
    r = json.loads(l)
    if r['id'] in docs:
        recs[r['id']] = r['record']
sampled = {(it['doc'], it['event_id']): it['n'] for it in items}

def actor(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return '%s[%s/%s]' % (a.get('name') or a.get('text'), a.get('country'), a.get('sector'))
    return aid

for d in docs:
    s = stories[d]; rec = recs[d]
    print('=' * 100)
    print(d, s['date'], s.get('title'))
    print(s['text'])
    print('--- dateline events:')
    for e in rec['events']:
        mark = '*n=%d*' % sampled[(d, e['id'])] if (d, e['id']) in sampled else ''
        print('  %s %s %s/%s trig=%r src=%s tgt=%s date=%s/%s mod=%s | %s' % (
            mark, e['id'], e['type'], e['mode'], e['trigger']['text'],
            [actor(rec, a) for a in e['source']], [actor(rec, a) for a in e['target']],
            e['date']['value'] if e['date'] else None, e['date']['basis'] if e['date'] else None,
            e['modality'], e['sentence']['text'].strip()[:90]))
