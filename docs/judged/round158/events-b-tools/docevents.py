"""Print all dateline events of one story (doc id as argv[1])."""
import json, sys
for l in open('/tmp/r158/heldout_news57.judge.jsonl'):
    d = json.loads(l)
    if d['id'] != sys.argv[1]: continue
    r = d['record']; m = {a['id']: a for a in r['actors']}
    nm = lambda ids: [f"{m[i]['name']}[{m[i]['country']}/{m[i]['sector']}]" for i in ids]
    for e in r['events']:
        print(e['id'], repr(e['trigger']['text']), e['type'], e['mode'], nm(e['source']), '->', nm(e['target']), e['date']['value'], e['modality'], '|', e['sentence']['text'][:90])
