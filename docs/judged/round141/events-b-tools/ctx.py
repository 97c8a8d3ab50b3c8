"""Print, for each sampled item, the other dateline events in the same sentence (duplicate check),
and the full stories of the sampled docs to a file."""
import json, sys
J = '/tmp/r141/heldout_news48.judge.jsonl'
recs = {}
for l in open(J):
    d = json.loads(l); recs[d['id']] = d['record']
items = [json.loads(l) for l in open('events-b-items.jsonl')]
def actor(r, aid):
    for a in r['actors']:
        if a['id'] == aid:
            return f"{a['name']}[{a['country']}/{a['sector']}]"
    return aid
for it in items:
    r = recs[it['doc']]
    me = [e for e in r['events'] if e['id'] == it['event_id']][0]
    same = [e for e in r['events'] if e['sentence']['start'] == me['sentence']['start'] and e['id'] != me['id']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} docdate={it['document_date']} trig={it['trigger']} {it['type']}")
    for e in same:
        print(f"    other {e['id']}: {e['trigger']['text']} {e['type']} {[actor(r,a) for a in e['source']]} -> {[actor(r,a) for a in e['target']]} {e['date']['value']} {e['modality']}")
if len(sys.argv) > 1:
    docs = sorted({it['doc'] for it in items} | {json.loads(l)['doc'] for l in open('paragraphs-b.jsonl')})
    with open(sys.argv[1], 'w') as f:
        for l in open('/work/wt/j141b/data/heldout_news48/stories.jsonl'):
            s = json.loads(l)
            if s['id'] in docs:
                f.write(f"===== {s['id']} {s['date']} {s['title']}\n{s['text']}\n\n")
