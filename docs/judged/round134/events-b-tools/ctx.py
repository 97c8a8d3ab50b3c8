"""Print, per sampled doc, the full story text and all dateline events (marking sampled ones)."""
import json, sys
items = [json.loads(l) for l in open('events-b-items.jsonl')]
paras = [json.loads(l) for l in open('paragraphs-b.jsonl')]
docs = sorted({i['doc'] for i in items} | {p['doc'] for p in paras})
stories = {}
for l in open('/work/wt/j134b/data/heldout_news44/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in docs: stories[s['id']] = s
recs = {}
for l in open('/tmp/r133/heldout_news44.judge.jsonl'):
    r = json.loads(l)
    if r['id'] in docs: recs[r['id']] = r['record']
sel = sys.argv[1:] or docs
for d in sel:
    s = stories[d]; r = recs[d]
    acts = {a['id']: f"{a['name']}[{a.get('country')}/{a.get('sector')}/{a.get('kind')}]" for a in r['actors']}
    mine = {i['event_id']: i['n'] for i in items if i['doc'] == d}
    print('=' * 100); print(d, s['date'], s['title']); print(s['text']); print('-- events')
    for e in r['events']:
        tag = f"  <<ITEM #{mine[e['id']]}>>" if e['id'] in mine else ''
        print(f"{e['id']}{tag} [{e['sentence']['start']}] trig={e['trigger']['text']!r} {e['type']}/{e['mode']} src={[acts.get(x,x) for x in e['source']]} tgt={[acts.get(x,x) for x in e['target']]} date={e['date'].get('value')}/{e['date'].get('basis')} mod={e['modality']} rep={acts.get(e['reported_by'],e['reported_by'])}")
        print('     S:', e['sentence']['text'].strip()[:300])
