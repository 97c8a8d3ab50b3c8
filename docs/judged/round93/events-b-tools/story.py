"""Print a story's text and all dateline events (compact), for judging context.
usage: story.py DOC [DOC...]"""
import json, sys
recs = {}
for l in open('/tmp/r93/heldout_news24.judge.jsonl'):
    d = json.loads(l)
    recs[d['id']] = d['record']
for doc in sys.argv[1:]:
    r = recs[doc]
    acts = {a['id']: a for a in r.get('actors', [])}
    def nm(i):
        a = acts.get(i, {})
        return f"{a.get('name', a.get('text', i))}[{a.get('country')}]"
    print('=' * 30, doc, r['document_date'])
    print(r['text'])
    print('-- events')
    for e in r['events']:
        print(f"  {e['id']} '{e['trigger']['text']}' {e['type']}/{e['mode']} src={[nm(x) for x in e['source']]} tgt={[nm(x) for x in e['target']]} date={e['date'].get('value')}/{e['date'].get('basis')} mod={e['modality']} | {e['sentence']['text'][:90].strip()}")
