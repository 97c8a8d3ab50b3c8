"""List dateline events whose sentence lies in each sampled first paragraph."""
import json
recs = {}
for line in open('/tmp/r79/heldout_news17.judge.jsonl'):
    r = json.loads(line); recs[r['id']] = r['record']
for l in open('paragraphs-b.jsonl'):
    p = json.loads(l); rec = recs[p['doc']]
    acts = {a['id']: f"{a['name']}[{a.get('country')}]" for a in rec['actors']}
    first_end = rec['text'].find('\n')
    print(p['doc'], 'item events:', len(p['events']), 'first para end', first_end)
    for e in rec['events']:
        if e['sentence']['start'] < first_end:
            print(f"   {e['id']} {e['trigger']['text']} {e['type']}/{e['mode']} {[acts.get(x,x) for x in e['source']]} -> {[acts.get(x,x) for x in e['target']]} {e['date']['value']} {e['modality']}")
    print('   total events in doc:', len(rec['events']))
