"""Print each sampled story (title, date, text) and dateline's events, compactly."""
import json, sys
items = [json.loads(l) for l in open('events-a-items.jsonl')]
paras = [json.loads(l) for l in open('paragraphs-a.jsonl')]
docs = []
for x in items + paras:
    if x['doc'] not in docs:
        docs.append(x['doc'])
want = docs if len(sys.argv) < 2 else sys.argv[1:]
stories = {}
for l in open('/work/wt/j91a/data/heldout_news23/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in want:
        stories[s['id']] = s
recs = {}
for l in open('/tmp/r91/heldout_news23.judge.jsonl'):
    r = json.loads(l)
    if r['id'] in want:
        recs[r['id']] = r['record']
for d in want:
    s = stories[d]; r = recs[d]
    actors = {a['id']: a for a in r.get('actors', [])}
    def nm(ids):
        out = []
        for i in ids:
            a = actors.get(i)
            out.append(f"{a.get('name') or a.get('text')}[{a.get('country')}]" if a else i)
        return out
    sampled = {x['event_id']: x['n'] for x in items if x['doc'] == d}
    print('=' * 100)
    print(d, s['date'], '|', s['title'])
    print(s['text'])
    print('-- dateline events:')
    for e in r.get('events', []):
        mark = f"  <== item {sampled[e['id']]}" if e['id'] in sampled else ''
        print(f"  {e['id']} {e['type']}/{e['mode']} '{e['trigger']['text']}' {nm(e['source'])} -> {nm(e['target'])} {e['date']['value']} {e['modality']}{mark}")
        print(f"      S: {e['sentence']['text'][:160]}")
