"""Print, for each sampled doc, the full story and dateline's events in the sampled items' sentences
(and in the first paragraph for the paragraph docs). Usage: context.py [doc ...]"""
import json, sys
items=[json.loads(l) for l in open('events-c-items.jsonl')]
paras=[json.loads(l) for l in open('paragraphs-c.jsonl')]
docs=[]
for d in items+paras:
    if d['doc'] not in docs: docs.append(d['doc'])
stories={}
for l in open('/work/wt/j112c/data/heldout_news33/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in docs: stories[s['id']]=s
out={}
for l in open('/tmp/r112/heldout_news33.judge.jsonl'):
    r=json.loads(l)
    if r['id'] in docs: out[r['id']]=r['record']
def name(rec,ids):
    am={a['id']:a for a in rec['actors']}
    return ['%s[%s/%s/%s]'%(am[i]['name'],am[i]['country'],am[i]['sector'],am[i]['kind']) for i in ids]
sel=sys.argv[1:] or docs
for d in sel:
    s=stories[d]
    print('='*100); print(d, s['date'], s['title']); print(s['text'])
    print('-- sampled items:', [ (i['n'],i['event_id'],i['trigger']) for i in items if i['doc']==d])
    sents={i['sentence'].strip() for i in items if i['doc']==d}
    sents|={p['paragraph'].strip() for p in paras if p['doc']==d}
    rec=out[d]
    for e in rec['events']:
        if e['sentence']['text'].strip() in sents:
            print('   ', e['id'], repr(e['trigger']['text']), e['type'], e.get('mode'), name(rec,e['source']), '->', name(rec,e['target']), e['date']['value'], e['date']['basis'], e['modality'], '|', e['sentence']['text'][:50])
