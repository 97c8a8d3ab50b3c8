"""Print an actor's mentions in a dateline record: actor.py DOC NAME-SUBSTRING"""
import json, sys
doc, sub = sys.argv[1], sys.argv[2]
for l in open('/tmp/r69/heldout_news12.judge.jsonl'):
    r = json.loads(l)
    if r['id'] != doc: continue
    for a in r['record']['actors']:
        if sub.lower() in a['name'].lower():
            print(a['id'], a['name'], a['country'], a['sector'], a['kind'], a.get('role'), [m['text'] for m in a['mentions']])
