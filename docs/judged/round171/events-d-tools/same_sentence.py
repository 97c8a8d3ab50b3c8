"""For each item, list every dateline event in the same sentence (duplicate check);
for each paragraph doc, list every dateline event in the first paragraph."""
import json, sys
recs = {}
for l in open('/tmp/r169/heldout_news62.judge.jsonl'):
    d = json.loads(l)
    recs[d['id']] = d['record']

def name(rec, ids):
    acts = {a['id']: a for a in rec['actors']}
    out = []
    for i in ids:
        a = acts.get(i)
        out.append(f"{a['name']}[{a['country']}/{a['sector']}]" if a else i)
    return out

def show(rec, e, mark=''):
    print(f"   {mark}{e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} src={name(rec, e['source'])} "
          f"tgt={name(rec, e['target'])} date={e['date'].get('value')}/{e['date'].get('basis')} mod={e['modality']}")

which = sys.argv[1] if len(sys.argv) > 1 else 'items'
if which == 'items':
    for l in open('events-d-items.jsonl'):
        it = json.loads(l)
        rec = recs[it['doc']]
        me = [e for e in rec['events'] if e['id'] == it['event_id']][0]
        print(f"#{it['n']} {it['doc']} {it['event_id']}")
        for e in rec['events']:
            if e['sentence']['start'] == me['sentence']['start']:
                show(rec, e, '*' if e['id'] == me['id'] else ' ')
else:
    for l in open('paragraphs-d.jsonl'):
        p = json.loads(l)
        rec = recs[p['doc']]
        end = rec['text'].find('\n')
        print(p['doc'], 'para end', end)
        for e in rec['events']:
            if e['sentence']['start'] < end:
                show(rec, e)
