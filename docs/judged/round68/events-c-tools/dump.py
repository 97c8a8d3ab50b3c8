"""Dump each sampled doc's story with dateline's events (by sentence) for reading.
usage: dump.py DOC [DOC...]"""
import json, sys
docs = set(sys.argv[1:])
stories = {}
for l in open('/work/wt/j68c/data/heldout_news11/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in docs:
        stories[s['id']] = s
for l in open('/tmp/r67/heldout_news11.judge.jsonl'):
    r = json.loads(l)
    if r['id'] not in docs:
        continue
    rec = r['record']
    actors = {a['id']: a for a in rec.get('actors', [])}
    def name(aid):
        a = actors.get(aid, {})
        return f"{a.get('name') or a.get('text')}[{a.get('country')}/{a.get('sector')}/{a.get('kind')}]"
    s = stories[r['id']]
    print('=' * 100)
    print(r['id'], s['date'], s['title'])
    print(s['text'])
    print('--- events')
    for e in rec['events']:
        print(f" {e['id']} {e['type']}/{e['mode']} trig={e['trigger']['text']!r} src={[name(x) for x in e['source']]} tgt={[name(x) for x in e['target']]} date={e['date']['value']}/{e['date']['basis']} mod={e['modality']} | {e['sentence']['text'][:90].strip()!r}")
