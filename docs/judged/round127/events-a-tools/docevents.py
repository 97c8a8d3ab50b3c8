# list all dateline events of the sampled docs, grouped by sentence, for the duplicate check
import json
items=[json.loads(l) for l in open('events-a-items.jsonl')]
docs={i['doc'] for i in items}|{json.loads(l)['doc'] for l in open('paragraphs-a.jsonl')}
for l in open('/tmp/r127/heldout_news41.judge.jsonl'):
    r=json.loads(l)
    if r['id'] not in docs: continue
    rec=r['record']; actors={a['id']:a for a in rec['actors']}
    def nm(ids): return [actors[i].get('name') or actors[i].get('text') for i in ids]
    print('=====',r['id'],rec['document_date'])
    for e in rec['events']:
        print(f"  {e['id']} [{e['sentence']['start']}] {e['trigger']['text']!r} {e['type']}/{e['mode']} {nm(e['source'])}->{nm(e['target'])} {e['date']['value']} {e['modality']} | {e['sentence']['text'][:90].strip()}")
