# Print, for each sampled item, the story (date, title, full text) once per doc and
# every dateline event found in the same sentence (for the duplicate check).
import json, sys
base = '/work/wt/j78a/docs/judged/round78/'
items = [json.loads(l) for l in open(base + 'events-a-items.jsonl')]
lo, hi = int(sys.argv[1]), int(sys.argv[2])
docs = {i['doc'] for i in items if lo <= i['n'] <= hi}
stories = {}
for l in open('/work/wt/j78a/data/heldout_news16/stories.jsonl'):
    d = json.loads(l)
    if d['id'] in docs: stories[d['id']] = d
recs = {}
for l in open('/tmp/r77/heldout_news16.judge.jsonl'):
    d = json.loads(l)
    if d['id'] in docs: recs[d['id']] = d['record']
def actor(r, aid):
    for a in r['actors']:
        if a['id'] == aid: return f"{a['name']}[{a['country']}/{a['sector']}]"
    return aid
shown = set()
for i in items:
    if not (lo <= i['n'] <= hi): continue
    s = stories[i['doc']]
    if i['doc'] not in shown and '--story' in sys.argv:
        shown.add(i['doc'])
        print('=' * 30, i['doc'], s['date'], s['title']); print(s['text']); print()
    r = recs[i['doc']]
    print(f"--- #{i['n']} {i['doc']} {i['event_id']} docdate={i['document_date']}")
    print('  SENT:', i['sentence'].strip())
    print(f"  trig={i['trigger']} {i['type']}/{i['mode']} src={i['source']} tgt={i['target']} date={i['date']} mod={i['modality']} rep={i['reported_by']}")
    print('  rule:', i['rule'])
    for e in r['events']:
        if e['sentence']['text'] == i['sentence'] and e['id'] != i['event_id']:
            print(f"    same-sent {e['id']} trig={e['trigger']['text']} {e['type']}/{e['mode']} src={[actor(r,a) for a in e['source']]} tgt={[actor(r,a) for a in e['target']]} date={e['date']['value']} mod={e['modality']}")
