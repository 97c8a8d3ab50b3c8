"""Print, per sampled doc, the story text and, per item, dateline's other events in the same sentence."""
import json, sys
items = [json.loads(l) for l in open('events-b-items.jsonl')]
paras = [json.loads(l) for l in open('paragraphs-b.jsonl')]
stories = {}
for l in open('/work/wt/j144b/data/heldout_news49/stories.jsonl'):
    d = json.loads(l); stories[d['id']] = d
recs = {}
for l in open('/tmp/r143/heldout_news49.judge.jsonl'):
    d = json.loads(l); recs[d['id']] = d['record']
def actor(r, aid):
    for a in r['actors']:
        if a['id'] == aid:
            return f"{a.get('name') or a.get('text')}[{a.get('country')}]"
    return aid
mode = sys.argv[1]
if mode == 'stories':
    docs = []
    for it in items + paras:
        if it['doc'] not in docs: docs.append(it['doc'])
    for d in docs:
        s = stories[d]
        print('=' * 30, d, s['date'], s['title']); print(s['text']); print()
elif mode == 'same':
    for it in items:
        r = recs[it['doc']]
        evs = [e for e in r['events'] if e['sentence']['text'] == it['sentence']]
        print(f"#{it['n']} {it['doc']} {it['event_id']} trig={it['trigger']}")
        for e in evs:
            print('   ', e['id'], e['trigger']['text'], e['type'], e['mode'], [actor(r,a) for a in e['source']], '->', [actor(r,a) for a in e['target']], e['date']['value'], e['modality'])
