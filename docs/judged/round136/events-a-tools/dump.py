"""Print each sampled story (text, title, date) and every dateline event in it,
marking sampled items, so duplicates in the same sentence are visible."""
import json, sys
items=[json.loads(l) for l in open('events-a-items.jsonl')]
paras=[json.loads(l) for l in open('paragraphs-a.jsonl')]
docs=[]
for it in items+paras:
    if it['doc'] not in docs: docs.append(it['doc'])
stories={}
for l in open('/work/wt/j136a/data/heldout_news45/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in docs: stories[s['id']]=s
recs={}
for l in open('/tmp/r135/heldout_news45.judge.jsonl'):
    r=json.loads(l)
    if r['id'] in docs: recs[r['id']]=r['record']
sel=docs if len(sys.argv)<2 else sys.argv[1:]
for d in sel:
    s=stories[d]; rec=recs[d]
    print('='*100); print(d, s['date'], s['title']); print(s['text'])
    acts={a['id']:a for a in rec['actors']}
    def nm(ids): return [f"{acts[i]['name']}[{acts[i]['country']}/{acts[i]['sector']}/{acts[i]['kind']}]" if i in acts else i for i in ids]
    samp={(it['doc'],it['event_id']):it['n'] for it in items}
    print('-- dateline events:')
    for e in rec['events']:
        mark=f"  <<ITEM #{samp[(d,e['id'])]}" if (d,e['id']) in samp else ''
        print(f" {e['id']} {e['type']}/{e['mode']} trig={e['trigger']['text']!r} src={nm(e['source'])} tgt={nm(e['target'])} date={e['date']['value']}({e['date']['basis']}) mod={e['modality']}{mark}")
        print(f"     SENT: {e['sentence']['text'][:200]}")
