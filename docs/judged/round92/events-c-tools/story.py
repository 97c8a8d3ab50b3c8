"""Print a story (date, title, text) and every dateline event in it: story.py DOC [DOC...]"""
import json, sys
S = {}
for l in open('/work/wt/j92c/data/heldout_news23/stories.jsonl'):
    d = json.loads(l); S[d['id']] = d
R = {}
for l in open('/tmp/r91/heldout_news23.judge.jsonl'):
    d = json.loads(l); R[d['id']] = d
for doc in sys.argv[1:]:
    s = S[doc]
    print('=' * 30, doc, s['date'], s['title'])
    print(s['text'])
    rec = R[doc]['record']
    A = {a['id']: '%s[%s]' % (a['name'], a['country']) for a in rec['actors']}
    for e in rec.get('events', []):
        print('  %s %-12s %-9s %-8s src=%s tgt=%s date=%s/%s mod=%s | %s' % (
            e['id'], e['trigger']['text'], e['type'], e['mode'], [A.get(x, x) for x in e['source']],
            [A.get(x, x) for x in e['target']], e['date'].get('value'), e['date'].get('basis'), e['modality'],
            e['sentence']['text'][:70]))
