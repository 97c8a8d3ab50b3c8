"""For each item, list all dateline events in the same sentence (duplicate check) with their fields."""
import json
here = '/work/wt/j129a/docs/judged/round129/'
recs = {}
for l in open('/tmp/r129/heldout_news42.judge.jsonl'):
    r = json.loads(l)
    recs[r['id']] = r['record']
def name(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return f"{a['name']}[{a['country']}/{a['sector']}/{a['kind']}]"
    return aid
for l in open(here + 'events-a-items.jsonl'):
    it = json.loads(l)
    rec = recs[it['doc']]
    sent = it['sentence']
    others = [e for e in rec['events'] if e['sentence']['text'] == sent]
    print(f"#{it['n']} {it['doc']} {it['event_id']} ({len(others)} in sentence)")
    for e in others:
        mark = '*' if e['id'] == it['event_id'] else ' '
        print(f"  {mark}{e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} src={[name(rec,a) for a in e['source']]} tgt={[name(rec,a) for a in e['target']]} date={e['date']['value']} {e['modality']}")
