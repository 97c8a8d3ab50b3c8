"""Print, for each sampled item, the other dateline events in the same sentence (duplicate check),
and dump the full stories of the sampled docs and paragraph docs."""
import json, sys
JUDGE = '/tmp/r141/heldout_news48.judge.jsonl'
STORIES = '/work/wt/j141d/data/heldout_news48/stories.jsonl'
items = [json.loads(l) for l in open('events-d-items.jsonl')]
paras = [json.loads(l) for l in open('paragraphs-d.jsonl')]
docs = {i['doc'] for i in items} | {p['doc'] for p in paras}
recs = {}
for l in open(JUDGE):
    d = json.loads(l)
    if d['id'] in docs:
        recs[d['id']] = d['record']
def actor(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return a.get('name') or a.get('text') or aid
    return aid
mode = sys.argv[1] if len(sys.argv) > 1 else 'dups'
if mode == 'dups':
    for it in items:
        rec = recs[it['doc']]
        ev = {e['id']: e for e in rec['events']}[it['event_id']]
        same = [e for e in rec['events'] if e['sentence']['start'] == ev['sentence']['start'] and e['id'] != ev['id']]
        print(f"#{it['n']} {it['doc']} {it['event_id']} {it['trigger']} {it['type']}")
        for e in same:
            print(f"    also {e['id']} {e['trigger']['text']} {e['type']}/{e['mode']} src={[actor(rec,a) for a in e['source']]} tgt={[actor(rec,a) for a in e['target']]} mod={e['modality']}")
elif mode == 'stories':
    for l in open(STORIES):
        s = json.loads(l)
        if s['id'] in docs:
            print('=' * 20, s['id'], s['date'], s['title'])
            print(s['text'])
            print()
elif mode == 'paras':
    for p in paras:
        rec = recs[p['doc']]
        print('=' * 20, p['doc'], rec['document_date'])
        print(p['paragraph'])
        for e in p['events']:
            print('  ', e['event_id'], e['trigger'], e['type'], e['mode'], e['source'], e['target'], e['date'], e['modality'], e['reported_by'])
