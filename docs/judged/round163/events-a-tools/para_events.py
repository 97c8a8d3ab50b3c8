"""List dateline's events whose trigger lies inside each sampled first paragraph."""
import json
paras=[json.loads(l) for l in open('paragraphs-a.jsonl')]
recs={}
for l in open('/tmp/r161/heldout_news58.judge.jsonl'):
    r=json.loads(l); recs[r['id']]=r['record']
for p in paras:
    r=recs[p['doc']]; t=r['text']
    i=t.find(p['paragraph'][:60]); j=i+len(p['paragraph'])
    print(p['doc'], 'para at', i, j, '| removed:', r.get('removed') and len(r['removed']))
    for e in r['events']:
        if i<=e['trigger']['start']<j: print('   ', e['id'], e['type'], e['trigger']['text'])
