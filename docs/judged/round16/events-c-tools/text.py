import json,sys
ids=set(sys.argv[1:])
for l in open('/tmp/r16/new.jsonl'):
    r=json.loads(l)
    if r['id'] in ids:
        print('=====',r['id']); print(r['record']['text']); print()
