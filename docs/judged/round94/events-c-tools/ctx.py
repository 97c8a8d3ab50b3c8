"""Print, for items lo..hi, the full story (first time a doc appears) and all dateline events of the doc,
marking those in the item's sentence (for duplicate checks)."""
import json, sys
lo, hi = int(sys.argv[1]), int(sys.argv[2])
items = [json.loads(l) for l in open('events-c-items.jsonl')]
stories = {}
for l in open('/work/wt/j94c/data/heldout_news24/stories.jsonl'):
    d = json.loads(l); stories[d['id']] = d
recs = {}
for l in open('/tmp/r93/heldout_news24.judge.jsonl'):
    d = json.loads(l); recs[d['id']] = d['record']
def actname(rec, ids):
    m = {a['id']: a for a in rec['actors']}
    return [f"{m[i]['name']}[{m[i].get('country')}]" if i in m else i for i in ids]
for it in items:
    if not (lo <= it['n'] <= hi): continue
    rec = recs[it['doc']]; st = stories[it['doc']]
    print('=' * 100)
    print(f"#{it['n']} {it['doc']} {it['event_id']} docdate={it['document_date']} title={st['title']}")
    print(st['text'])
    print('--- dateline events in same sentence:')
    sent = [e for e in rec['events'] if e['id'] == it['event_id']][0]['sentence']['start']
    for e in rec['events']:
        if e['sentence']['start'] == sent:
            print(f"  {e['id']} {e['trigger']['text']!r} {e['type']}/{e.get('mode')} src={actname(rec,e['source'])} tgt={actname(rec,e['target'])} date={e['date'].get('value')} mod={e['modality']}")
    print(f"ITEM: trig={it['trigger']!r} {it['type']}/{it['mode']} src={it['source']} tgt={it['target']} date={it['date']} mod={it['modality']} rep={it['reported_by']}")
    print('SENT:', it['sentence'])
