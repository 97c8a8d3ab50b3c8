"""Count dateline events whose trigger lies in each sampled first paragraph."""
import json, sys
recs = {json.loads(l)['id']: json.loads(l)['record'] for l in open(sys.argv[1])}
for l in open(sys.argv[2]):
    p = json.loads(l); rec = recs[p['doc']]
    start = rec['text'].find(p['paragraph'][:60]); end = start + len(p['paragraph'])
    evs = [e['id'] for e in rec['events'] if start <= e['trigger']['start'] < end]
    print(p['doc'], 'para at', start, end, 'events:', evs)
