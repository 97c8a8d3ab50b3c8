"""Print a story's text and, per sentence, every dateline event (for the duplicate check)."""
import json, sys
recs = {}
for l in open('/tmp/r79/heldout_news17.judge.jsonl'):
    d = json.loads(l); recs[d['id']] = d['record']
stories = {}
for l in open('/work/wt/j79c/data/heldout_news17/stories.jsonl'):
    d = json.loads(l); stories[d['id']] = d
for doc in sys.argv[1:]:
    s = stories[doc]; r = recs[doc]
    print('=' * 30, doc, s['date'], s.get('title'))
    print(s['text'])
    acts = {a['id']: a for a in r['actors']}
    def nm(ids):
        return [f"{acts[i]['name']}[{acts[i]['country']}/{acts[i]['sector']}]" for i in ids]
    print('--- events')
    for e in r['events']:
        print(f"  {e['id']} [{e['trigger']['text']}] {e['type']}/{e['mode']} {nm(e['source'])} -> {nm(e['target'])} "
              f"{e['date']['value']}({e['date']['basis']}) {e['modality']} | {e['sentence']['text'][:90]!r}")
