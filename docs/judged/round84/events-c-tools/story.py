# print a story's text and dateline's events (grouped by sentence) for context
import json, sys
for doc in sys.argv[1:]:
    for l in open('/work/wt/j84c/data/heldout_news19/stories.jsonl'):
        s = json.loads(l)
        if s['id'] == doc:
            print('=====', doc, s['date'], s['title']); print(s['text']); break
    for l in open('/tmp/r83/heldout_news19.judge.jsonl'):
        r = json.loads(l)
        if r['id'] == doc:
            rec = r['record']
            A = {a['id']: '%s[%s/%s/%s]' % (a['name'], a['country'], a['sector'], a['kind']) for a in rec['actors']}
            for e in rec.get('events', []):
                print('--', e['id'], e['sentence']['text'][:60].replace('\n', ' '), '| trig=%s %s/%s src=%s tgt=%s date=%s/%s mod=%s' % (
                    e['trigger']['text'], e['type'], e['mode'], [A.get(x, x) for x in e['source']], [A.get(x, x) for x in e['target']],
                    e['date']['value'], e['date']['basis'], e['modality']))
            break
