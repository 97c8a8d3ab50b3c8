"""List, for each sampled item, every dateline event in the same sentence (duplicate check).
usage: python3 same_sentence.py RECORDS.jsonl ITEMS.jsonl"""
import json, sys
recs = {}
for line in open(sys.argv[1]):
    r = json.loads(line); recs[r['id']] = r['record']
for line in open(sys.argv[2]):
    it = json.loads(line)
    rec = recs[it['doc']]
    names = {a['id']: '%s[%s/%s]' % (a['name'], a['country'], a['sector']) for a in rec['actors']}
    me = next(e for e in rec['events'] if e['id'] == it['event_id'])
    same = [e for e in rec['events'] if e['sentence']['start'] == me['sentence']['start']]
    print('#%d %s %s' % (it['n'], it['doc'], it['event_id']))
    for e in same:
        print('   %s%s %s "%s" src=%s tgt=%s date=%s mod=%s' % ('*' if e['id'] == me['id'] else ' ', e['id'], e['type'],
              e['trigger']['text'], [names.get(a, a) for a in e['source']], [names.get(a, a) for a in e['target']],
              e['date']['value'], e['modality']))
