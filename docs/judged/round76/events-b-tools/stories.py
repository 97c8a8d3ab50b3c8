"""Print the full story of each doc in my items and paragraphs, plus dateline's events per sentence."""
import json, sys
items = [json.loads(l) for l in open('events-b-items.jsonl')]
paras = [json.loads(l) for l in open('paragraphs-b.jsonl')]
docs = []
for x in items + paras:
    if x['doc'] not in docs:
        docs.append(x['doc'])
want = sys.argv[1:] or docs
stories = {}
for l in open('/work/wt/j76b/data/heldout_news15/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in want:
        stories[s['id']] = s
for d in want:
    s = stories[d]
    print('=' * 20, d, s['date'], s['title'])
    print(s['text'])
    print()
