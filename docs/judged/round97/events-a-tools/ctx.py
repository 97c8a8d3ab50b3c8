"""Print items n1..n2 with the full story and all of dateline's events in the story (marking same-sentence ones)."""
import json, sys
items = [json.loads(l) for l in open('events-a-items.jsonl')]
stories = {}
for l in open('/work/wt/j97a/data/heldout_news26/stories.jsonl'):
    s = json.loads(l); stories[s['id']] = s
out = {}
for l in open('/tmp/r97/heldout_news26.judge.jsonl'):
    r = json.loads(l); out[r['id']] = r['record']
n1, n2 = int(sys.argv[1]), int(sys.argv[2])
shown = set()
def names(rec, ids):
    a = {x['id']: x for x in rec['actors']}
    return [f"{a[i]['name']}[{a[i]['country']}/{a[i]['sector']}]" if i in a else i for i in ids]
for it in items[n1-1:n2]:
    d = it['doc']; rec = out[d]
    print('='*100)
    print(f"#{it['n']} {d} {it['event_id']} docdate={it['document_date']}")
    if d not in shown:
        s = stories[d]; print('TITLE:', s['title']); print(s['text']); shown.add(d)
    else:
        print('(story shown above)')
    print('--- SENT:', it['sentence'].strip())
    print(f"--- ITEM: trig={it['trigger']!r} {it['type']}/{it['mode']} cameo={it['cameo']} src={it['source']} tgt={it['target']} date={it['date']} mod={it['modality']} rep={it['reported_by']} rule={it['rule']}")
    for e in rec['events']:
        if e['id'] == it['event_id']: continue
        if e['sentence']['text'].strip() == it['sentence'].strip():
            print(f"--- SAME-SENT {e['id']}: trig={e['trigger']['text']!r} {e['type']}/{e['mode']} src={names(rec,e['source'])} tgt={names(rec,e['target'])} date={e['date']['value']} mod={e['modality']}")
