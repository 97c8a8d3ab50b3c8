"""Print each sampled story (full text, weekday of doc date) and dateline's events grouped by sentence, compactly."""
import json, datetime
items=[json.loads(l) for l in open('events-b-items.jsonl')]
paras=[json.loads(l) for l in open('paragraphs-b.jsonl')]
docs=[]
for d in [i['doc'] for i in items]+[p['doc'] for p in paras]:
    if d not in docs: docs.append(d)
stories={}
for l in open('/work/wt/j137b/data/heldout_news46/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in docs: stories[s['id']]=s
out={}
for l in open('/tmp/r137/heldout_news46.judge.jsonl'):
    r=json.loads(l)
    if r['id'] in docs: out[r['id']]=r['record']
def act(a):
    return f"{a['name']}[{a.get('country')}/{a.get('sector')}/{a.get('kind')}]"
for d in docs:
    s=stories[d]; rec=out[d]
    dd=datetime.date.fromisoformat(s['date'])
    print('='*100); print(d, s['date'], dd.strftime('%A'), '|', s['title'])
    print(s['text'])
    print('--- items:', [ (i['n'],i['event_id']) for i in items if i['doc']==d])
    A={a['id']:a for a in rec['actors']}
    print('--- dateline events:')
    for e in rec['events']:
        src=[act(A[x]) for x in e['source']]; tgt=[act(A[x]) for x in e['target']]
        print(f"  {e['id']} [{e['sentence']['start']}] {e['trigger']['text']!r} {e['type']}/{e['mode']} {src} -> {tgt} date={e['date']['value']}({e['date']['basis']}) {e['modality']} rep={e['reported_by']}")
