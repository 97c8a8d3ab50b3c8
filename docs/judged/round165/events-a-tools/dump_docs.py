"""Print, per sampled doc, the story text and every dateline event in it (for context and the duplicate check)."""
import json, sys
here = '/work/wt/j165a/docs/judged/round165/'
items = [json.loads(l) for l in open(here + 'events-a-items.jsonl')]
paras = [json.loads(l) for l in open(here + 'paragraphs-a.jsonl')]
docs = []
for x in items + paras:
    if x['doc'] not in docs:
        docs.append(x['doc'])
stories = {}
for l in open('/work/wt/j165a/data/heldout_news60/stories.jsonl'):
    r = json.loads(l)
    if r['id'] in docs:
        stories[r['id']] = r
recs = {}
for l in open('/tmp/r165/heldout_news60.judge.jsonl'):
    r = json.loads(l)
    if r['id'] in docs:
        recs[r['id']] = r['record']
which = sys.argv[1:] or docs
for d in which:
    s = stories[d]; rec = recs[d]
    ns = [x['n'] for x in items if x['doc'] == d]
    print('=' * 100)
    print(d, s['date'], '|', s['title'], '| items', ns)
    print(s['text'])
    act = {a['id']: a for a in rec['actors']}
    def nm(ids):
        return [f"{act[i]['name']}[{act[i]['country']}/{act[i]['sector']}]" if i in act else i for i in ids]
    print('-- dateline events:')
    for e in rec['events']:
        print(f"  {e['id']} @{e['sentence']['start']} '{e['trigger']['text']}' {e['type']}/{e['mode']} {nm(e['source'])} -> {nm(e['target'])} "
              f"{e['date']['value']}({e['date']['basis']}) {e['modality']}")
