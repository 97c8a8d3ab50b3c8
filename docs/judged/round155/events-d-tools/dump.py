"""Print each sampled story (date, text) and dateline's events in it, marking the sampled items."""
import json, sys
here = '/work/wt/j155d/docs/judged/round155/'
items = [json.loads(l) for l in open(here + 'events-d-items.jsonl')]
paras = [json.loads(l) for l in open(here + 'paragraphs-d.jsonl')]
docs = []
for i in items + paras:
    if i['doc'] not in docs:
        docs.append(i['doc'])
mark = {(i['doc'], i['event_id']): i['n'] for i in items}
stories = {}
for l in open('/work/wt/j155d/data/heldout_news54/stories.jsonl'):
    d = json.loads(l)
    if d['id'] in docs:
        stories[d['id']] = d
recs = {}
for l in open('/tmp/r153/heldout_news54.judge.jsonl'):
    d = json.loads(l)
    if d['id'] in docs:
        recs[d['id']] = d['record']
for doc in sorted(docs):
    s = stories[doc]; r = recs[doc]
    actors = {a['id']: '%s[%s/%s]' % (a['name'], a.get('country'), a.get('sector')) for a in r['actors']}
    print('=' * 100)
    print(doc, 'storydate', s['date'], 'docdate', r['document_date'], '|', s['title'])
    print(s['text'])
    print('-- dateline events:')
    for e in r['events']:
        m = mark.get((doc, e['id']))
        print('  %s%s %s/%s trig=%r src=%s tgt=%s date=%s/%s mod=%s | %s' % (
            '*#%d ' % m if m else '', e['id'], e['type'], e['mode'], e['trigger']['text'],
            [actors.get(x, x) for x in e['source']], [actors.get(x, x) for x in e['target']],
            e['date'].get('value'), e['date'].get('basis'), e['modality'], e['sentence']['text'][:90].strip()))
