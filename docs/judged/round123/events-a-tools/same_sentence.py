"""For each judge-a item, list every dateline event in the same sentence (duplicate check)."""
import json
here = '/work/wt/j123a/docs/judged/round123/'
recs = {}
for l in open('/tmp/r123/heldout_news39.judge.jsonl'):
    r = json.loads(l)
    recs[r['id']] = r['record']
items = [json.loads(l) for l in open(here + 'events-a-items.jsonl')]
for it in items:
    r = recs[it['doc']]
    actors = {a['id']: f"{a['name']}[{a.get('country')}]" for a in r['actors']}
    print(f"#{it['n']} {it['doc']} {it['event_id']} trig={it['trigger']}")
    for e in r['events']:
        if e['sentence']['text'].strip() != it['sentence'].strip():
            continue
        mark = '*' if e['id'] == it['event_id'] else ' '
        print(f"  {mark}{e['id']} {e['trigger']['text']} {e['type']}/{e.get('mode')} "
              f"src={[actors.get(a, a) for a in e['source']]} tgt={[actors.get(a, a) for a in e['target']]} "
              f"date={e['date']['value'] if e['date'] else None} mod={e['modality']}")
