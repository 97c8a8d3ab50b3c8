"""Dump, for each sampled item, the story text (once per doc) and every dateline event in the
item's sentence (for the duplicate check). Usage: dump.py ITEMS OUT"""
import json, sys
items = [json.loads(l) for l in open(sys.argv[1])]
docs = {i['doc'] for i in items}
stories = {}
for l in open('/work/wt/j168a/data/heldout_news61/stories.jsonl'):
    d = json.loads(l)
    if d['id'] in docs:
        stories[d['id']] = d
recs = {}
for l in open('/tmp/r166/heldout_news61.judge.jsonl'):
    d = json.loads(l)
    if d['id'] in docs:
        recs[d['id']] = d['record']
out = open(sys.argv[2], 'w')
seen = set()
for it in items:
    doc = it['doc']
    r = recs[doc]
    actors = {a['id']: f"{a['name']}[{a['country']}/{a['sector']}/{a['kind']}]" for a in r['actors']}
    if doc not in seen:
        seen.add(doc)
        s = stories[doc]
        out.write(f"\n=================== {doc} {s['date']} {s['title']}\n{s['text']}\n")
    out.write(f"\n--- item #{it['n']} {it['event_id']} trig={it['trigger']!r} {it['type']}/{it['mode']} cameo={it['cameo']}\n")
    out.write(f"    SENT: {it['sentence'].strip()}\n")
    out.write(f"    src={it['source']} tgt={it['target']} date={it['date']} mod={it['modality']} rep={it['reported_by']}\n")
    for e in r['events']:
        if e['sentence']['text'].strip() == it['sentence'].strip() and e['id'] != it['event_id']:
            out.write(f"    same-sentence {e['id']}: trig={e['trigger']['text']!r} {e['type']}/{e['mode']} src={[actors.get(a,a) for a in e['source']]} tgt={[actors.get(a,a) for a in e['target']]} date={e['date']['value']} mod={e['modality']}\n")
