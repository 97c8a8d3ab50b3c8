# print the full stories of the docs sampled for judge b (items + paragraphs)
import json, sys
items = [json.loads(l) for l in open('events-b-items.jsonl')]
paras = [json.loads(l) for l in open('paragraphs-b.jsonl')]
want = []
for d in [i['doc'] for i in items] + [p['doc'] for p in paras]:
    if d not in want:
        want.append(d)
if len(sys.argv) > 1:
    want = sys.argv[1:]
stories = {}
for l in open('/work/wt/j84b/data/heldout_news19/stories.jsonl'):
    s = json.loads(l)
    key = s.get('doc') or s.get('id') or s.get('doc_id')
    if key in want:
        stories[key] = s
for d in want:
    s = stories.get(d)
    print('=' * 20, d)
    if s is None:
        print('MISSING'); continue
    for k, v in s.items():
        print(f'[{k}]', v if not isinstance(v, str) else v)
