"""Print a story's text, then dateline's events grouped by sentence (for context / duplicate check).
usage: story.py DOC [DOC...]"""
import json, sys
recs = {}
for l in open('/tmp/r66/heldout_news10.judge.jsonl'):
    r = json.loads(l)
    if r['id'] in sys.argv[1:]:
        recs[r['id']] = r['record']
items = [json.loads(l) for l in open('events-c-items.jsonl')]
for doc in sys.argv[1:]:
    rec = recs[doc]
    acts = {a['id']: a for a in rec['actors']}
    def nm(ids):
        return [f"{acts[i]['name']}[{acts[i].get('country')}/{acts[i].get('sector')}]" for i in ids]
    print('=' * 30, doc, rec['document_date'])
    print(rec['text'])
    print('-- events')
    mine = {it['event_id']: it['n'] for it in items if it['doc'] == doc}
    for e in rec['events']:
        tag = f"#{mine[e['id']]}" if e['id'] in mine else ''
        print(f"{e['id']}{tag} [{e['sentence']['start']}] '{e['trigger']['text']}' {e['type']}/{e.get('mode')} "
              f"{nm(e['source'])} -> {nm(e['target'])} {e['date'].get('value')}({e['date'].get('basis')}) {e['modality']} rep={e.get('reported_by')}")
