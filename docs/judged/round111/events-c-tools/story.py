"""Print the full story of each sampled doc, with all dateline events (sampled items marked).
usage: story.py FIRST LAST   (item numbers; prints the stories of those items' docs)"""
import json, sys
base = '/work/wt/j111c/docs/judged/round111/'
items = [json.loads(l) for l in open(base + 'events-c-items.jsonl')]
stories = {}
for l in open('/work/wt/j111c/data/heldout_news33/stories.jsonl'):
    d = json.loads(l); stories[d['id']] = d
recs = {}
for l in open('/tmp/r111/heldout_news33.judge.jsonl'):
    d = json.loads(l); recs[d['id']] = d['record']
a, b = int(sys.argv[1]), int(sys.argv[2])
done = set()
for it in items:
    if not (a <= it['n'] <= b) or it['doc'] in done: continue
    done.add(it['doc'])
    s = stories[it['doc']]; r = recs[it['doc']]
    acts = {x['id']: x for x in r['actors']}
    def nm(ids): return [f"{acts[i]['name']}[{acts[i]['country']}/{acts[i]['sector']}]" for i in ids]
    ns = [i['n'] for i in items if i['doc'] == it['doc']]
    print('=' * 100); print(s['id'], s['date'], s['title'], 'ITEMS', ns)
    print(s['text']); print('--- events')
    mine = {i['event_id']: i['n'] for i in items if i['doc'] == it['doc']}
    for e in r['events']:
        mark = f"**#{mine[e['id']]}" if e['id'] in mine else '  '
        print(mark, e['id'], e['trigger']['text'], e['type'], e['mode'], nm(e['source']), '->', nm(e['target']),
              e['date']['value'], e['date']['basis'], e['modality'], '| S:', e['sentence']['text'][:90])
