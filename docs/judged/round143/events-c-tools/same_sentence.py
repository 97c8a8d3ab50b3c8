# For each sampled item, list every dateline event in the same sentence (duplicate check)
import json
items=[json.loads(l) for l in open('events-c-items.jsonl')]
recs={}
for l in open('/tmp/r143/heldout_news49.judge.jsonl'):
    r=json.loads(l); recs[r['id']]=r['record']
def nm(rec,ids):
    a={x['id']:x for x in rec['actors']}
    return [a[i]['name']+'['+str(a[i]['country'])+']' if i in a else i for i in ids]
for it in items:
    rec=recs[it['doc']]
    evs=[e for e in rec['events'] if e['sentence']['text']==it['sentence']]
    print('#%d %s %s trig=%s' % (it['n'],it['doc'],it['event_id'],it['trigger']))
    for e in evs:
        print('   %s %s/%s %s trig=%s src=%s tgt=%s date=%s mod=%s' % (e['id'],e['type'],e['mode'],e['cameo'],e['trigger']['text'],nm(rec,e['source']),nm(rec,e['target']),e['date']['value'],e['modality']))
