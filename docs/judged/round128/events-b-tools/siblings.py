"""For each item, list every dateline event in the same story sentence (duplicate check),
and the dateline events whose sentence falls in each sampled lead paragraph."""
import json, sys
recs = {}
for l in open('/tmp/r127/heldout_news41.judge.jsonl'):
    r = json.loads(l); recs[r['id']] = r['record']
def name(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return f"{a['name']}[{a['country']}/{a['sector']}]"
    return aid
def show(rec, e):
    return (f"  {e['id']} {e['type']}/{e['mode']} trig={e['trigger']['text']!r} "
            f"src={[name(rec,x) for x in e['source']]} tgt={[name(rec,x) for x in e['target']]} "
            f"date={e['date']['value']}/{e['date']['basis']} mod={e['modality']}")
for l in open('events-b-items.jsonl'):
    it = json.loads(l); rec = recs[it['doc']]
    sibs = [e for e in rec['events'] if e['sentence']['text'] == it['sentence']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} ({len(sibs)} in sentence)")
    for e in sibs: print(show(rec, e))
print("=== paragraphs")
for l in open('paragraphs-b.jsonl'):
    p = json.loads(l); rec = recs[p['doc']]
    start = rec['text'].find(p['paragraph']); end = start + len(p['paragraph'])
    evs = [e for e in rec['events'] if start <= e['trigger']['start'] < end]
    print(p['doc'], 'offset', start, 'events', len(evs))
    for e in evs: print(show(rec, e))
