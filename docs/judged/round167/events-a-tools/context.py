"""Print, per sampled doc, the full story and all dateline events (sampled items marked).
usage: python events-a-tools/context.py [DOC ...]"""
import json, sys
items = [json.loads(l) for l in open('events-a-items.jsonl')]
paras = [json.loads(l) for l in open('paragraphs-a.jsonl')]
docs = sorted({i['doc'] for i in items} | {p['doc'] for p in paras})
if len(sys.argv) > 1:
    docs = sys.argv[1:]
stories = {}
for l in open('/work/wt/j167a/data/heldout_news60/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in docs:
        stories[s['id']] = s
recs = {}
for l in open('/tmp/r165/heldout_news60.judge.jsonl'):
    r = json.loads(l)
    if r['id'] in docs:
        recs[r['id']] = r['record']
for d in docs:
    s = stories[d]; r = recs[d]
    print('=' * 100); print(d, s['date'], s['title']); print(s['text']); print('-' * 40)
    actors = {a['id']: f"{a['name']}[{a.get('country')}/{a.get('sector')}/{a.get('kind')}]" for a in r['actors']}
    mine = {i['event_id']: i['n'] for i in items if i['doc'] == d}
    for e in r['events']:
        mark = f"#{mine[e['id']]}" if e['id'] in mine else '  '
        print(f"{mark:4} {e['id']} [{e['trigger']['text']}] {e['type']}/{e['mode']} {[actors.get(x,x) for x in e['source']]} -> {[actors.get(x,x) for x in e['target']]} date={e['date']['value']}({e['date']['basis']}) mod={e['modality']} rep={actors.get(e['reported_by'],e['reported_by'])}")
        print('        S:', e['sentence']['text'][:300].replace('\n',' '))
    pd = [p for p in paras if p['doc'] == d]
    if pd: print('PARAGRAPH SAMPLE:', pd[0]['paragraph'][:200])
