"""Print a sampled story's text and all dateline events in it (for context / duplicate check)."""
import json, sys
docs = sys.argv[1:]
stories = {}
for l in open('/work/wt/j108b/data/heldout_news31/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in docs: stories[s['id']] = s
recs = {}
for l in open('/tmp/r108/heldout_news31.judge.jsonl'):
    r = json.loads(l)
    if r['id'] in docs: recs[r['id']] = r['record']
items = [json.loads(l) for l in open('events-b-items.jsonl')]
for d in docs:
    s = stories[d]; rec = recs[d]
    print('=' * 100); print(d, s['date'], s['title']); print(s['text'])
    acts = {a['id']: a for a in rec['actors']}
    def nm(ids): return [f"{acts[i]['name']}[{acts[i]['country']}/{acts[i]['sector']}]" if i in acts else i for i in ids]
    samp = {it['event_id']: it['n'] for it in items if it['doc'] == d}
    print('--- events')
    for e in rec['events']:
        mark = f"  <== item #{samp[e['id']]}" if e['id'] in samp else ''
        print(f"{e['id']} [{e['trigger']['text']}] {e['type']}/{e['mode']} {nm(e['source'])} -> {nm(e['target'])} {e['date']['value']}({e['date']['basis']}) {e['modality']}{mark}")
        print(f"     S: {e['sentence']['text'][:250]}")
