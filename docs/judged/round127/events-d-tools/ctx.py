"""Print, for sampled items (or a doc), the story text and all dateline events per sentence.
usage: ctx.py items N1 N2   |  ctx.py doc DOCID
"""
import json, sys
HERE = '/work/wt/j127d/docs/judged/round127/'
recs = {}
for l in open('/tmp/r127/heldout_news41.judge.jsonl'):
    r = json.loads(l); recs[r['id']] = r['record']
def actor(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return f"{a['name']}[{a['country']}/{a['sector']}/{a['kind']}]"
    return aid
def evs(rec, sent_start=None):
    for e in rec.get('events') or []:
        if sent_start is not None and e['sentence']['start'] != sent_start: continue
        print(f"   {e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} src={[actor(rec,a) for a in e['source']]} tgt={[actor(rec,a) for a in e['target']]} date={e['date']['value']}({e['date']['basis']}) mod={e['modality']} rep={actor(rec,e['reported_by']) if e['reported_by'] else None}")
        if sent_start is None: print('      SENT:', e['sentence']['text'].strip()[:200])
if sys.argv[1] == 'doc':
    rec = recs[sys.argv[2]]
    print(rec['document_date']); print(rec['text']); evs(rec)
else:
    items = [json.loads(l) for l in open(HERE + 'events-d-items.jsonl')]
    for it in items[int(sys.argv[2])-1:int(sys.argv[3])]:
        rec = recs[it['doc']]
        e = [x for x in rec['events'] if x['id'] == it['event_id']][0]
        print(f"#{it['n']} {it['doc']} {it['event_id']} same-sentence events:")
        evs(rec, e['sentence']['start'])
