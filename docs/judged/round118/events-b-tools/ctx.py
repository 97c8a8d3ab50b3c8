"""Print, for each item, all dateline events in the same sentence (duplicate check); or a doc's full story.
usage: ctx.py items N1 N2 | ctx.py story DOC"""
import json, sys
REC = '/tmp/r118/heldout_news36.judge.jsonl'
STO = '/work/wt/j118b/data/heldout_news36/stories.jsonl'
recs = {}
for l in open(REC):
    r = json.loads(l); recs[r['id']] = r['record']
def actname(rec, aid):
    for a in rec.get('actors', []):
        if a.get('id') == aid:
            return a.get('text') or a.get('name') or aid
    return aid
if sys.argv[1] == 'story':
    for l in open(STO):
        s = json.loads(l)
        if s['id'] == sys.argv[2]:
            print(s['date'], s['title']); print(s['text'])
    rec = recs[sys.argv[2]]
    for e in rec['events']:
        print(e['id'], e['type'], e['mode'], e['trigger']['text'], '|', [actname(rec,a) for a in e['source']], '->', [actname(rec,a) for a in e['target']], e['date']['value'], e['modality'], '|', e['sentence']['text'][:90].strip())
else:
    items = [json.loads(l) for l in open('events-b-items.jsonl')]
    for it in items[int(sys.argv[2])-1:int(sys.argv[3])]:
        rec = recs[it['doc']]
        me = [e for e in rec['events'] if e['id'] == it['event_id']][0]
        print('#%d %s %s %s' % (it['n'], it['doc'], it['event_id'], it['trigger']))
        for e in rec['events']:
            if e['sentence']['start'] == me['sentence']['start']:
                print('   ', e['id'], e['type'], e['mode'], e['trigger']['text'], [actname(rec,a) for a in e['source']], '->', [actname(rec,a) for a in e['target']], e['date']['value'], e['modality'])
