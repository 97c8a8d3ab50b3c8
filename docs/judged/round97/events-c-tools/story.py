"""Print the stories of the docs of items N..M (events-c-items.jsonl), with the weekday of the doc date."""
import json, sys, datetime
a, b = int(sys.argv[1]), int(sys.argv[2])
items = [json.loads(l) for l in open('events-c-items.jsonl')]
want = []
for it in items:
    if a <= it['n'] <= b and it['doc'] not in want:
        want.append(it['doc'])
want += sys.argv[3:]
st = {}
for l in open('/work/wt/j97c/data/heldout_news26/stories.jsonl'):
    d = json.loads(l)
    if d['id'] in want:
        st[d['id']] = d
for w in want:
    d = st[w]
    dd = datetime.date.fromisoformat(d['date'])
    print('=' * 30, w, d['date'], dd.strftime('%A'), '|', d['title'])
    print(d['text'])
