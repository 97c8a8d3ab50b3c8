"""For each sampled paragraph, list dateline's events whose trigger lies inside the paragraph text.
usage: para_events.py JUDGE.jsonl PARAGRAPHS.jsonl
"""
import json, sys
recs = {json.loads(l)['id']: json.loads(l)['record'] for l in open(sys.argv[1])}
for l in open(sys.argv[2]):
    p = json.loads(l); r = recs[p['doc']]
    start = r['text'].find(p['paragraph'][:60]); end = start + len(p['paragraph'])
    evs = [e for e in r['events'] if start <= e['trigger']['start'] < end]
    print(p['doc'], 'para@', start, end, 'dateline events in paragraph:', len(evs), 'listed in file:', len(p['events']))
    for e in evs: print('   ', e['id'], e['type'], e['trigger']['text'])
