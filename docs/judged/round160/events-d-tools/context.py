"""Print, for each judge-d item, the other dateline events in the same sentence (duplicate check),
and dump the full stories of the sampled docs (items + paragraphs) to a text file."""
import json, sys
JUDGE = '/tmp/r158/heldout_news57.judge.jsonl'
STORIES = '/work/wt/j160d/data/heldout_news57/stories.jsonl'
items = [json.loads(l) for l in open('events-d-items.jsonl')]
paras = [json.loads(l) for l in open('paragraphs-d.jsonl')]
docs = {i['doc'] for i in items} | {p['doc'] for p in paras}
recs = {}
for l in open(JUDGE):
    r = json.loads(l)
    if r['id'] in docs:
        recs[r['id']] = r['record']
def actor(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return f"{a['name']}[{a['country']}/{a['sector']}/{a['kind']}]"
    return aid
mode = sys.argv[1] if len(sys.argv) > 1 else 'sent'
if mode == 'sent':
    for it in items:
        rec = recs[it['doc']]
        s = it['sentence'].strip()
        print(f"#{it['n']} {it['doc']} {it['event_id']} trig={it['trigger']}")
        for e in rec['events']:
            if e['sentence']['text'].strip() == s:
                mark = '*' if e['id'] == it['event_id'] else ' '
                print(f"  {mark}{e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} "
                      f"src={[actor(rec,a) for a in e['source']]} tgt={[actor(rec,a) for a in e['target']]} "
                      f"date={e['date']['value']}/{e['date']['basis']} mod={e['modality']}")
elif mode == 'stories':
    for l in open(STORIES):
        s = json.loads(l)
        if s['id'] in docs:
            print('=' * 80); print(s['id'], s['date'], s['title']); print(s['text'])
elif mode == 'para':
    for p in paras:
        rec = recs[p['doc']]
        print(p['doc'], p['paragraph'][:100])
        for e in rec['events']:
            if e['sentence']['start'] < len(p['paragraph']) + 5:
                print(f"   {e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} src={[actor(rec,a) for a in e['source']]} tgt={[actor(rec,a) for a in e['target']]} date={e['date']['value']} mod={e['modality']}")
