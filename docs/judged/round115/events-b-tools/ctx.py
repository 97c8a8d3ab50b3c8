"""Print, for items A..B of events-b-items.jsonl, the other dateline events in the same sentence
(duplicate check) and, once per doc, the full story.
usage: python events-b-tools/ctx.py A B [--story]"""
import json, sys
A, B = int(sys.argv[1]), int(sys.argv[2])
story = '--story' in sys.argv
recs = {}
for l in open('/tmp/r115/heldout_news35.judge.jsonl'):
    d = json.loads(l); recs[d['id']] = d['record']
stories = {}
for l in open('/work/wt/j115b/data/heldout_news35/stories.jsonl'):
    d = json.loads(l); stories[d['id']] = d
items = [json.loads(l) for l in open('events-b-items.jsonl')]
shown = set()
for it in items:
    if not (A <= it['n'] <= B): continue
    r = recs[it['doc']]
    acts = {a['id']: f"{a['name']}[{a.get('country')}]" for a in r['actors']}
    if story and it['doc'] not in shown:
        shown.add(it['doc'])
        s = stories[it['doc']]
        print(f"==== {it['doc']} {s['date']} {s['title']}\n{s['text']}\n")
    print(f"#{it['n']} {it['doc']} {it['event_id']} trig={it['trigger']} {it['type']}/{it['mode']} src={it['source']} tgt={it['target']} date={it['date']} mod={it['modality']} rep={it['reported_by']}")
    ev = [e for e in r['events'] if e['sentence']['start'] == [x for x in r['events'] if x['id']==it['event_id']][0]['sentence']['start']]
    for e in ev:
        mark = '*' if e['id'] == it['event_id'] else ' '
        print(f"   {mark}{e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} src={[acts.get(a,a) for a in e['source']]} tgt={[acts.get(a,a) for a in e['target']]} {e['date']['value']} {e['modality']}")
    print()
