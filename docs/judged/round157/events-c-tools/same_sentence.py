"""List, for each sampled item, every dateline event in the same sentence (duplicate check),
and every dateline event of each story (for the paragraph recall check)."""
import json, sys
recs = {}
for l in open('/tmp/r157/heldout_news56.judge.jsonl'):
    d = json.loads(l); recs[d['id']] = d['record']
def actor(r, a):
    for x in r['actors']:
        if x['id'] == a:
            return x.get('name') or x.get('text') or a
    return a
def show(r, e):
    return f"  {e['id']} {e['type']}/{e['mode']} trig={e['trigger']['text']!r} src={[actor(r,a) for a in e['source']]} tgt={[actor(r,a) for a in e['target']]} date={e['date'].get('value')} mod={e['modality']}"
mode = sys.argv[1]
if mode == 'items':
    for l in open('events-c-items.jsonl'):
        it = json.loads(l); r = recs[it['doc']]
        me = [e for e in r['events'] if e['id'] == it['event_id']][0]
        others = [e for e in r['events'] if e['sentence']['start'] == me['sentence']['start'] and e['id'] != me['id']]
        print(f"#{it['n']} {it['doc']} {it['event_id']} {it['trigger']}: {len(others)} other(s)")
        for e in others: print(show(r, e))
else:
    for l in open('paragraphs-c.jsonl'):
        p = json.loads(l); r = recs[p['doc']]
        print('==', p['doc'], p['paragraph'])
        for e in p['events']:
            print(f"  {e['event_id']} {e['type']}/{e['mode']} trig={e['trigger']!r} src={e['source']} tgt={e['target']} date={e['date']} mod={e['modality']}")
