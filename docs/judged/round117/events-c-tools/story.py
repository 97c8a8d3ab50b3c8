import json, sys
stories = {json.loads(l)['id']: json.loads(l) for l in open('/work/wt/j117c/data/heldout_news36/stories.jsonl')}
for doc in sys.argv[1:]:
    s = stories[doc]
    print('=====', doc, s['date'], s['title'])
    print(s['text'])
