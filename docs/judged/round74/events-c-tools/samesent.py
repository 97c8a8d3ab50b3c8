# For each item, list all dateline events of the same doc whose sentence equals the item's sentence.
import json
recs={}
for l in open('/tmp/r73/heldout_news14.judge.jsonl'):
    d=json.loads(l); recs[d['id']]=d['record']
for l in open('events-c-items.jsonl'):
    it=json.loads(l)
    r=recs[it['doc']]
    acts={a['id']:a['name'] for a in r['actors']}
    same=[e for e in r['events'] if e['sentence']['text'].strip()==it['sentence'].strip()]
    print('#%d %s %s trig=%s n_same=%d'%(it['n'],it['doc'],it['event_id'],it['trigger'],len(same)))
    for e in same:
        print('    ',e['id'],e['type'],e['trigger']['text'],[acts.get(x,x) for x in e['source']],'->',[acts.get(x,x) for x in e['target']])
