"""Print, per sampled doc, the story text (with its date/title) and every item with the
other dateline events from the same sentence (duplicate check)."""
import json, sys
items = [json.loads(l) for l in open('events-a-items.jsonl')]
docs = {}
for it in items:
    docs.setdefault(it['doc'], []).append(it)
stories = {}
for l in open('/work/wt/j93a/data/heldout_news24/stories.jsonl'):
    d = json.loads(l)
    if d['id'] in docs: stories[d['id']] = d
recs = {}
for l in open('/tmp/r93/heldout_news24.judge.jsonl'):
    d = json.loads(l)
    if d['id'] in docs: recs[d['id']] = d['record']
sel = sys.argv[1:]
for doc, its in docs.items():
    if sel and doc not in sel: continue
    s = stories[doc]
    print('=' * 100); print(doc, s['date'], s['title']); print(s['text']); print('-' * 50)
    r = recs[doc]
    actors = {a['id']: a for a in r['actors']}
    def nm(ids):
        out = []
        for i in ids:
            a = actors.get(i, {})
            out.append(f"{a.get('name', a.get('text', i))}[{a.get('country')}]")
        return out
    for it in its:
        print(f"#{it['n']} {it['event_id']} trig={it['trigger']!r} {it['type']}/{it['mode']} src={it['source']} tgt={it['target']} date={it['date']} mod={it['modality']} rep={it['reported_by']}")
        print('   SENT:', it['sentence'].strip())
        for e in r['events']:
            if e['sentence']['text'] == it['sentence'] and e['id'] != it['event_id']:
                print(f"   other {e['id']}: {e['trigger']['text']!r} {e['type']}/{e['mode']} src={nm(e['source'])} tgt={nm(e['target'])} date={e['date']['value']} mod={e['modality']}")
