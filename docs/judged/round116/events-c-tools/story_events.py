# print each sampled story with all of dateline's events (for duplicate and context checks);
# items of my sample are marked with their n
import json, sys
items = [json.loads(l) for l in open('events-c-items.jsonl')]
paras = [json.loads(l) for l in open('paragraphs-c.jsonl')]
docs = []
for d in [i['doc'] for i in items] + [p['doc'] for p in paras]:
    if d not in docs: docs.append(d)
sel = docs[int(sys.argv[1]):int(sys.argv[2])] if len(sys.argv) > 2 else docs
mark = {(i['doc'], i['event_id']): i['n'] for i in items}
stories = {json.loads(l)['id']: json.loads(l) for l in open('/work/wt/j116c/data/heldout_news35/stories.jsonl')}
recs = {}
for l in open('/tmp/r116/heldout_news35.judge.jsonl'):
    d = json.loads(l)
    if d['id'] in sel: recs[d['id']] = d['record']
def actor(r, aid):
    for a in r['actors']:
        if a['id'] == aid: return '%s[%s/%s/%s]' % (a['name'], a['country'], a['sector'], a['kind'])
    return aid
for d in sel:
    s = stories[d]; r = recs[d]
    print('=' * 30, d, s['date'], s['title'])
    print(s['text'])
    print('--- events')
    for e in r['events']:
        m = mark.get((d, e['id']))
        print(('  **#%d ' % m if m else '    ') + '%s %s/%s "%s" src=%s tgt=%s date=%s/%s mod=%s | %s' % (
            e['id'], e['type'], e['mode'], e['trigger']['text'],
            [actor(r, a) for a in e['source']], [actor(r, a) for a in e['target']],
            e['date']['value'], e['date']['basis'], e['modality'], e['sentence']['text'].strip()[:160]))
    print()
