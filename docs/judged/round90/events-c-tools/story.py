"""Print a story's text with dateline's events listed under each sentence. usage: story.py DOC"""
import json, sys
doc = sys.argv[1]
for l in open('/work/wt/j90c/data/heldout_news22/stories.jsonl'):
    s = json.loads(l)
    if s['id'] == doc:
        print('STORY', s['id'], s['date'], s['title']); break
for l in open('/tmp/r89/heldout_news22.judge.jsonl'):
    r = json.loads(l)
    if r['id'] != doc: continue
    rec = r['record']
    actors = {a['id']: a for a in rec['actors']}
    def nm(ids):
        out = []
        for i in ids:
            a = actors.get(i, {})
            out.append(f"{a.get('name') or a.get('text')}[{a.get('country')}/{a.get('sector')}]")
        return out
    print(rec['text'])
    print('---- events')
    for e in rec['events']:
        print(e['id'], e['type'], e.get('mode'), repr(e['trigger']['text']), nm(e['source']), '->', nm(e['target']), e['date']['value'], e['date']['basis'], e['modality'], '| S:', e['sentence']['text'][:90])
