"""Dump each sampled story (full text) with all of dateline's events, marking the sampled items.
usage: dump.py RECORDS.jsonl ITEMS.jsonl PARAGRAPHS.jsonl STORIES.jsonl > out.txt"""
import json, sys
recs = {}
for l in open(sys.argv[1]):
    r = json.loads(l); recs[r['id']] = r['record']
items = [json.loads(l) for l in open(sys.argv[2])]
paras = [json.loads(l) for l in open(sys.argv[3])]
stories = {json.loads(l)['id']: json.loads(l) for l in open(sys.argv[4])}
docs = []
for d in items + paras:
    if d['doc'] not in docs: docs.append(d['doc'])
for doc in docs:
    s = stories[doc]; rec = recs[doc]
    acts = {a['id']: a for a in rec['actors']}
    def nm(ids):
        out = []
        for i in ids:
            a = acts.get(i)
            out.append(f"{a['name']}[{a['country']}/{a['sector']}/{a['kind']}]" if a else i)
        return out
    sampled = {(it['event_id']): it['n'] for it in items if it['doc'] == doc}
    print('=' * 100); print(doc, s['date'], '|', s.get('title')); print(s['text']); print('--- events')
    for e in rec['events']:
        mark = f"  <<< ITEM #{sampled[e['id']]}" if e['id'] in sampled else ''
        print(f"{e['id']} [{e['sentence']['start']}] {e['type']}/{e['mode']} trig={e['trigger']['text']!r} src={nm(e['source'])} tgt={nm(e['target'])} date={e['date']['value']}/{e['date']['basis']} mod={e['modality']}{mark}")
        print('     S:', e['sentence']['text'][:160].replace('\n', ' '))
