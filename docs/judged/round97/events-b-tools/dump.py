"""Print the full story and every dateline event (compact) for the docs in judge b's sample."""
import json, sys
items = [json.loads(l) for l in open('events-b-items.jsonl')]
paras = [json.loads(l) for l in open('paragraphs-b.jsonl')]
want = sys.argv[1:] or sorted({i['doc'] for i in items} | {p['doc'] for p in paras})
stories = {}
for l in open('/work/wt/j97b/data/heldout_news26/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in want:
        stories[s['id']] = s
recs = {}
for l in open('/tmp/r97/heldout_news26.judge.jsonl'):
    r = json.loads(l)
    if r['id'] in want:
        recs[r['id']] = r['record']
def actor(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return f"{a.get('name')}[{a.get('country')}/{a.get('sector')}/{a.get('kind')}]"
    return aid
for d in want:
    s = stories[d]; rec = recs[d]
    print('=' * 100); print(d, s['date'], s['title']); print(s['text'])
    mine = {i['event_id']: i['n'] for i in items if i['doc'] == d}
    print('--- events')
    for e in rec['events']:
        tag = f"#{mine[e['id']]}" if e['id'] in mine else ''
        print(f" {e['id']}{tag} [{e['trigger']['text']}] {e['type']}/{e['mode']} src={[actor(rec,a) for a in e['source']]} tgt={[actor(rec,a) for a in e['target']]} date={e['date']['value']}({e['date']['basis']}) mod={e['modality']} :: {e['sentence']['text'][:90].strip()}")
