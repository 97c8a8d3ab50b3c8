"""Print, for judge b's items, the other dateline events in the same sentence (duplicate check),
and write the full stories of the sampled docs to a file for reading."""
import json, sys
J = '/tmp/r165/heldout_news60.judge.jsonl'
S = '/work/wt/j167b/data/heldout_news60/stories.jsonl'
items = [json.loads(l) for l in open('events-b-items.jsonl')]
paras = [json.loads(l) for l in open('paragraphs-b.jsonl')]
docs = {i['doc'] for i in items} | {p['doc'] for p in paras}
recs = {}
for l in open(J):
    d = json.loads(l)
    if d['id'] in docs:
        recs[d['id']] = d['record']
def actor(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return f"{a['name']}[{a['country']}/{a['sector']}/{a['kind']}]"
    return aid
def fmt(rec, e):
    return (f"{e['id']} {e['type']}/{e['mode']} trig={e['trigger']['text']!r} "
            f"src={[actor(rec,x) for x in e['source']]} tgt={[actor(rec,x) for x in e['target']]} "
            f"date={e['date'].get('value')}/{e['date'].get('basis')} mod={e['modality']}")
if sys.argv[1] == 'same':
    for it in items:
        rec = recs[it['doc']]
        me = [e for e in rec['events'] if e['id'] == it['event_id']][0]
        others = [e for e in rec['events'] if e['sentence']['start'] == me['sentence']['start'] and e['id'] != me['id']]
        print(f"#{it['n']} {it['doc']} {it['event_id']} trig={it['trigger']!r}")
        for e in others:
            print('    same-sentence:', fmt(rec, e))
elif sys.argv[1] == 'stories':
    with open(sys.argv[2], 'w') as out:
        for l in open(S):
            d = json.loads(l)
            if d['id'] in docs:
                out.write(f"===== {d['id']} date={d['date']} title={d['title']}\n{d['text']}\n\n")
elif sys.argv[1] == 'docevents':
    for doc in sys.argv[2:]:
        rec = recs[doc]
        print('=====', doc)
        for e in rec['events']:
            print('  ', fmt(rec, e), '| SENT:', e['sentence']['text'][:120].replace('\n', ' '))
