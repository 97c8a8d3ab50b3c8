"""Print each sampled story (text) and dateline's events in it, with the sample's items marked."""
import json, sys
items = [json.loads(l) for l in open('events-c-items.jsonl')]
paras = [json.loads(l) for l in open('paragraphs-c.jsonl')]
docs = sorted({i['doc'] for i in items} | {p['doc'] for p in paras})
stories = {}
for l in open('/work/wt/j172c/data/heldout_news63/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in docs: stories[s['id']] = s
recs = {}
for l in open('/tmp/r170/heldout_news63.judge.jsonl'):
    r = json.loads(l)
    if r['id'] in docs: recs[r['id']] = r['record']
want = sys.argv[1:] or docs
for d in want:
    s = stories[d]; rec = recs[d]
    acts = {a['id']: a for a in rec['actors']}
    def nm(ids):
        out = []
        for x in ids:
            a = acts.get(x, {})
            out.append(f"{a.get('name') or a.get('text')}[{a.get('country')}/{a.get('sector')}/{a.get('kind')}]")
        return out
    print('=' * 100); print(d, s['date'], s['title'])
    print(s['text'])
    print('-- dateline events:')
    mine = {(i['doc'], i['event_id']): i['n'] for i in items}
    for e in rec['events']:
        mark = f"  <== item #{mine[(d, e['id'])]}" if (d, e['id']) in mine else ''
        print(f" {e['id']} [{e['sentence']['start']}] {e['type']}/{e['mode']} trig={e['trigger']['text']!r} src={nm(e['source'])} tgt={nm(e['target'])} date={e['date']['value']}({e['date']['basis']}) mod={e['modality']}{mark}")
        print(f"      S: {e['sentence']['text'].strip()[:220]}")
