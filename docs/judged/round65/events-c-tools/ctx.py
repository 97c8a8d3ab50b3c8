# print items a..b with the full story (once per doc) and all dateline events sharing the sentence
import json, sys
a, b = int(sys.argv[1]), int(sys.argv[2])
items = [json.loads(l) for l in open('events-c-items.jsonl')]
stories = {}
for l in open('/work/wt/j65c/data/heldout_news10/stories.jsonl'):
    s = json.loads(l); stories[s['id']] = s
out = {}
for l in open('/tmp/r65/heldout_news10.judge.jsonl'):
    r = json.loads(l)
    rec = r['record']
    acts = {a['id']: a for a in rec.get('actors', [])}
    out[r['id']] = (rec, acts)
seen = set(sys.argv[3].split(',')) if len(sys.argv) > 3 else set()
for it in items[a-1:b]:
    d = it['doc']
    if d not in seen:
        seen.add(d); s = stories[d]
        print('=' * 30, d, s['date'], s['title']); print(s['text']); print()
    print(f"#{it['n']} {d} {it['event_id']} trig={it['trigger']} {it['type']}/{it['mode']} cameo={it['cameo']}")
    print('  SENT:', it['sentence'].strip())
    print('  src', it['source'], 'tgt', it['target'], 'date', it['date'], 'mod', it['modality'], 'rep', it['reported_by'], 'rule', it['rule'])
    rec, acts = out[d]
    def nm(ids): return [acts[i].get('name', i) if i in acts else i for i in ids]
    for e in rec.get('events', []):
        if e['sentence']['text'] == it['sentence'] and e['id'] != it['event_id']:
            print(f"    same-sent {e['id']} trig={e['trigger']['text']} {e['type']}/{e.get('mode')} src={nm(e['source'])} tgt={nm(e['target'])} date={e['date'].get('value')} mod={e['modality']}")
    print()
