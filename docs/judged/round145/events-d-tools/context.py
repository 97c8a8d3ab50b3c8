"""Print each sampled doc's full story once, then for each item the other dateline events in the same sentence."""
import json, sys
items = [json.loads(l) for l in open('events-d-items.jsonl')]
stories = {}
for l in open('/work/wt/j145d/data/heldout_news50/stories.jsonl'):
    s = json.loads(l); stories[s['id']] = s
recs = {}
for l in open('/tmp/r145/heldout_news50.judge.jsonl'):
    r = json.loads(l); recs[r['id']] = r['record']
lo, hi = int(sys.argv[1]), int(sys.argv[2])
seen = set()
def actor(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return f"{a.get('text') or a.get('name')}[{a.get('country')}/{a.get('sector')}]"
    return aid
for it in items:
    if not (lo <= it['n'] <= hi): continue
    d = it['doc']; rec = recs[d]
    if d not in seen:
        seen.add(d)
        s = stories[d]
        print(f"=================== {d} {s['date']} {s['title']}\n{s['text']}\n")
    print(f"--- #{it['n']} {it['event_id']} trig={it['trigger']} {it['type']}/{it['mode']} src={it['source']} tgt={it['target']} date={it['date']} mod={it['modality']} rep={it['reported_by']}")
    print("    SENT:", it['sentence'].strip())
    for e in rec['events']:
        if e['sentence']['text'] == it['sentence'] and e['id'] != it['event_id']:
            print(f"    other {e['id']} trig={e['trigger']['text']} {e['type']}/{e['mode']} src={[actor(rec,a) for a in e['source']]} tgt={[actor(rec,a) for a in e['target']]} date={e['date'].get('value')} mod={e['modality']}")
