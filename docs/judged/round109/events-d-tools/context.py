"""Print, per sampled doc, the story (date, title, text) and every dateline event in it,
marking the sampled items (>>n). Usage: context.py ITEMS JUDGE STORIES [doc ...]"""
import json, sys
items_p, judge_p, stories_p = sys.argv[1:4]
only = set(sys.argv[4:])
items = [json.loads(l) for l in open(items_p)]
docs = []
for it in items:
    if it['doc'] not in docs:
        docs.append(it['doc'])
if only:
    docs = [d for d in docs if d in only]
stories = {}
for l in open(stories_p):
    s = json.loads(l)
    if s['id'] in docs:
        stories[s['id']] = s
recs = {}
for l in open(judge_p):
    r = json.loads(l)
    if r['id'] in docs:
        recs[r['id']] = r['record']
for d in docs:
    s = stories[d]; r = recs[d]
    names = {a['id']: f"{a['name']}[{a['country']}/{a['sector']}/{a['kind']}]" for a in r['actors']}
    print('=' * 100)
    print(d, s['date'], '|', s.get('title'))
    print(s['text'])
    print('--- events')
    sampled = {it['event_id']: it['n'] for it in items if it['doc'] == d}
    for e in r['events']:
        mark = f">>{sampled[e['id']]:>2}" if e['id'] in sampled else '    '
        print(mark, e['id'], e['type'], e['mode'], repr(e['trigger']['text']),
              [names.get(x, x) for x in e['source']], '->', [names.get(x, x) for x in e['target']],
              e['date']['value'], e['date']['basis'], e['modality'], 'rep=', names.get(e['reported_by'], e['reported_by']))
        print('        S:', e['sentence']['text'].strip()[:300])
