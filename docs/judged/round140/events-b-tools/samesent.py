"""For each sampled item, list the other dateline events in the same sentence (duplicate check)."""
import json, sys
recs = {}
for l in open('/tmp/r139/heldout_news47.judge.jsonl'):
    d = json.loads(l)
    recs[d['id']] = d['record']
def actor(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return f"{a['name']}[{a.get('country')}/{a.get('sector')}/{a.get('kind')}]"
    return aid
items = [json.loads(l) for l in open('events-b-items.jsonl')]
for it in items:
    rec = recs[it['doc']]
    me = [e for e in rec['events'] if e['id'] == it['event_id']][0]
    s0 = me['sentence']['start']
    others = [e for e in rec['events'] if e['sentence']['start'] == s0 and e['id'] != me['id']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} trig={it['trigger']} {it['type']}  -- {len(others)} other(s) in sentence")
    for e in others:
        print(f"    {e['id']} trig={e['trigger']['text']} {e['type']}/{e['mode']} src={[actor(rec,a) for a in e['source']]} tgt={[actor(rec,a) for a in e['target']]} date={e['date']['value']} mod={e['modality']}")
