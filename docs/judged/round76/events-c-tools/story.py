"""Print a story's text and all dateline events (for context / duplicate check).
usage: python story.py DOC [DOC...]"""
import json, sys
recs = {}
for l in open('/tmp/r75/heldout_news15.judge.jsonl'):
    d = json.loads(l); recs[d['id']] = d['record']
for doc in sys.argv[1:]:
    r = recs[doc]
    actors = {a['id']: a for a in r.get('actors', [])}
    def nm(ids):
        out = []
        for i in ids:
            a = actors.get(i, {})
            out.append(a.get('name') or a.get('text') or i)
        return out
    print('=' * 30, doc, r['document_date'])
    print(r['text'])
    print('-- events')
    for e in r.get('events', []):
        print(f"  {e['id']} [{e['trigger']['text']}] {e['type']}/{e.get('mode')} {nm(e['source'])} -> {nm(e['target'])} date={e['date'].get('value')}({e['date'].get('basis')}) mod={e['modality']} | sent@{e['sentence']['start']}: {e['sentence']['text'][:80]!r}")
