"""Dump the story and every dateline event of the given docs (for context and duplicate checks).
usage: dump.py DOC [DOC ...]"""
import json, sys
RECS = '/tmp/r145/heldout_news50.judge.jsonl'
STORIES = '/work/wt/j145a/data/heldout_news50/stories.jsonl'
docs = set(sys.argv[1:])
stories = {}
for l in open(STORIES):
    s = json.loads(l)
    if s['id'] in docs:
        stories[s['id']] = s
for l in open(RECS):
    r = json.loads(l)
    if r['id'] not in docs:
        continue
    rec = r['record']
    s = stories[r['id']]
    print('=' * 100)
    print(r['id'], 'docdate', rec['document_date'], '|', s.get('title'))
    print(s['text'])
    actors = {a['id']: a for a in rec['actors']}
    def A(ids):
        return [f"{actors[i]['name']}[{actors[i]['country']}/{actors[i]['sector']}/{actors[i]['kind']}]" for i in ids]
    print('-- events')
    for e in rec['events']:
        rb = A([e['reported_by']]) if e.get('reported_by') else None
        print(f"{e['id']} @{e['trigger']['start']} '{e['trigger']['text']}' {e['type']}/{e['mode']} c{e['cameo']} src={A(e['source'])} tgt={A(e['target'])} date={e['date']['value']}({e['date']['basis']}) mod={e['modality']} rep={rb}")
        print('      SENT:', e['sentence']['text'].strip()[:300])
