"""Print the stories of my sampled docs (text + weekday of doc date) and dateline's events per story."""
import json, sys, datetime
stories = {}
for l in open('/work/wt/j87d/data/heldout_news21/stories.jsonl'):
    d = json.loads(l); stories[d['id']] = d
items = [json.loads(l) for l in open('events-d-items.jsonl')]
docs = []
for it in items:
    if it['doc'] not in docs: docs.append(it['doc'])
for l in open('paragraphs-d.jsonl'):
    d = json.loads(l)
    if d['doc'] not in docs: docs.append(d['doc'])
want = sys.argv[1:] or docs
recs = {}
for l in open('/tmp/r87/heldout_news21.judge.jsonl'):
    d = json.loads(l)
    if d['id'] in want: recs[d['id']] = d['record']
for doc in want:
    s = stories[doc]
    dd = datetime.date.fromisoformat(s['date'])
    print('=' * 100); print(doc, s['date'], dd.strftime('%A'), '|', s['title'])
    print(s['text'])
    print('--- dateline events:')
    r = recs.get(doc, {})
    act = {a['id']: a for a in r.get('actors', [])}
    def nm(ids):
        out = []
        for i in ids:
            a = act.get(i, {})
            out.append(a.get('name') or a.get('text') or i)
        return out
    for e in r.get('events', []):
        print(' ', e['id'], e['trigger']['text'], e['type'], e['mode'], nm(e['source']), '->', nm(e['target']), e['date']['value'], e['date']['basis'], e['modality'], '| S@', e['sentence']['start'])
    print('  sampled n:', [(it['n'], it['event_id']) for it in items if it['doc'] == doc])
