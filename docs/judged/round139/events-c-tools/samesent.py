# for each item, list all dateline events of the same doc whose sentence overlaps the item's sentence (duplicate check)
import json
recs={}
for l in open('/tmp/r139/heldout_news47.judge.jsonl'):
    r=json.loads(l); recs[r['id']]=r['record']
def aname(rec,aid):
    for a in rec['actors']:
        if a['id']==aid:
            return a.get('name') or a.get('text') or aid
    return aid
for l in open('events-c-items.jsonl'):
    it=json.loads(l); rec=recs[it['doc']]
    s=it['sentence'].strip()
    others=[e for e in rec['events'] if e['sentence']['text'].strip()==s]
    print(f"#{it['n']} {it['doc']} {it['event_id']} [{it['trigger']}]")
    for e in others:
        mark='*' if e['id']==it['event_id'] else ' '
        print(f"   {mark}{e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} src={[aname(rec,a) for a in e['source']]} tgt={[aname(rec,a) for a in e['target']]} date={e['date']['value']} mod={e['modality']}")
