"""Print, for judge d's items, each sampled story in full (once) and, per item, every dateline
event in the item's sentence (for the duplicate check). Usage: python context.py > out.txt"""
import json, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
STORIES = Path('/work/wt/j148d/data/heldout_news51/stories.jsonl')
RECORDS = Path('/tmp/r146/heldout_news51.judge.jsonl')

items = [json.loads(l) for l in open(HERE / 'events-d-items.jsonl')]
paras = [json.loads(l) for l in open(HERE / 'paragraphs-d.jsonl')]
docs = []
for d in [i['doc'] for i in items] + [p['doc'] for p in paras]:
    if d not in docs:
        docs.append(d)
stories = {}
for l in open(STORIES):
    s = json.loads(l)
    if s['id'] in docs:
        stories[s['id']] = s
recs = {}
for l in open(RECORDS):
    r = json.loads(l)
    if r['id'] in docs:
        recs[r['id']] = r['record']

def actor(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return f"{a['name']}[{a.get('country')}/{a.get('sector')}/{a.get('kind')}]"
    return aid

for d in docs:
    s = stories[d]; rec = recs[d]
    print('=' * 100); print(d, s['date'], s['title']); print(s['text']); print('-' * 40)
    for it in [i for i in items if i['doc'] == d]:
        print(f"ITEM #{it['n']} {it['event_id']} trig={it['trigger']!r} {it['type']}/{it['mode']} src={it['source']} tgt={it['target']} date={it['date']} mod={it['modality']} rep={it['reported_by']} rule={it['rule']}")
        print('   SENT:', it['sentence'].strip())
        for e in rec['events']:
            if e['sentence']['text'].strip() == it['sentence'].strip():
                print(f"   same-sentence {e['id']} trig={e['trigger']['text']!r} {e['type']}/{e['mode']} src={[actor(rec,a) for a in e['source']]} tgt={[actor(rec,a) for a in e['target']]} date={e['date'].get('value')} mod={e['modality']}")
    print()
