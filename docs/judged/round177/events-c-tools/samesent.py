# for each item (or paragraph doc), list every dateline event in the same sentence (duplicate check)
import json, sys
recs={}
for l in open('/tmp/r177/heldout_news66.judge.jsonl'):
    r=json.loads(l); recs[r['id']]=r['record']
def actor(rec,aid):
    for a in rec['actors']:
        if a['id']==aid: return a.get('name') or a.get('text') or aid
    return aid
items=[json.loads(l) for l in open('events-c-items.jsonl')]
for it in items:
    rec=recs[it['doc']]
    me=[e for e in rec['events'] if e['id']==it['event_id']][0]
    same=[e for e in rec['events'] if e['sentence']['start']==me['sentence']['start'] and e['id']!=me['id']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} {it['trigger']} {it['type']}  | others:",
          '; '.join(f"{e['id']} {e['trigger']['text']} {e['type']} {[actor(rec,a) for a in e['source']]}->{[actor(rec,a) for a in e['target']]}" for e in same) or '-')
