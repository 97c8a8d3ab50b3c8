"""Print, for each sampled item (range), the full story of its doc (once) and dateline's
events in the item's sentence (for the duplicate check)."""
import json, sys
items = [json.loads(l) for l in open('events-b-items.jsonl')]
lo, hi = int(sys.argv[1]), int(sys.argv[2])
stories = {}
for l in open('/work/wt/j96b/data/heldout_news25/stories.jsonl'):
    d = json.loads(l); stories[d['id']] = d
recs = {}
docs = {it['doc'] for it in items}
for l in open('/tmp/r95/heldout_news25.judge.jsonl'):
    d = json.loads(l)
    if d['id'] in docs: recs[d['id']] = d['record']
shown = set()
def act(rec, ids):
    m = {a['id']: a for a in rec['actors']}
    return ['%s[%s/%s]' % (m[i]['name'], m[i]['country'], m[i]['sector']) if i in m else i for i in ids]
for it in items:
    if not (lo <= it['n'] <= hi): continue
    rec = recs[it['doc']]
    print('=' * 100)
    if it['doc'] not in shown or '-s' not in sys.argv:
        st = stories[it['doc']]
        print('DOC', it['doc'], st['date'], '|', st.get('title'))
        if it['doc'] not in shown:
            print(st['text'])
        shown.add(it['doc'])
    print('-' * 60)
    print('#%d %s %s trig=%r %s/%s src=%s tgt=%s date=%s mod=%s rep=%s rule=%s' % (it['n'], it['doc'], it['event_id'], it['trigger'], it['type'], it['mode'], it['source'], it['target'], it['date'], it['modality'], it['reported_by'], it['rule']))
    print('SENT:', it['sentence'].strip())
    for e in rec['events']:
        if e['sentence']['text'] == it['sentence']:
            print('   same-sent %s %r %s/%s %s -> %s %s %s' % (e['id'], e['trigger']['text'], e['type'], e['mode'], act(rec, e['source']), act(rec, e['target']), e['date'].get('value'), e['modality']))
