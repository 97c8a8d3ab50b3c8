# print the story and all of dateline's events for the given docs
import json, sys
docs = sys.argv[1:]
stories = {}
for l in open('/work/wt/j75a/data/heldout_news15/stories.jsonl'):
    d = json.loads(l)
    if d['id'] in docs: stories[d['id']] = d
out = {}
for l in open('/tmp/r75/heldout_news15.judge.jsonl'):
    d = json.loads(l)
    if d['id'] in docs: out[d['id']] = d
for doc in docs:
    s = stories[doc]
    print('=' * 30, doc, s['date'], s['title'])
    print(s['text'])
    rec = out[doc]['record']
    acts = {a['id']: a for a in rec.get('actors', [])}
    def nm(ids):
        return [acts[i].get('name') if i in acts else i for i in ids]
    for e in rec.get('events', []):
        print('  ', e['id'], '|', e['trigger']['text'], '|', e['type'], e.get('mode'), '|', nm(e['source']), '->', nm(e['target']), '|', e['date'].get('value'), e['modality'], '|', e['sentence']['text'][:70].strip())
