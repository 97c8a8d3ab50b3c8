"""Print each sampled story (events-c items + paragraphs-c docs) with its date, text, and dateline's
events grouped by sentence, marking the sampled items. usage: dump.py > /tmp/j146c_stories.txt"""
import json, datetime
HERE = '/work/wt/j146c/docs/judged/round146/'
items = [json.loads(l) for l in open(HERE + 'events-c-items.jsonl')]
paras = [json.loads(l) for l in open(HERE + 'paragraphs-c.jsonl')]
docs = []
for r in items + paras:
    if r['doc'] not in docs:
        docs.append(r['doc'])
picked = {(r['doc'], r['event_id']): r['n'] for r in items}
stories = {}
for l in open('/work/wt/j146c/data/heldout_news51/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in docs:
        stories[s['id']] = s
recs = {}
for l in open('/tmp/r146/heldout_news51.judge.jsonl'):
    r = json.loads(l)
    if r['id'] in docs:
        recs[r['id']] = r['record']
for d in sorted(docs):
    s, rec = stories[d], recs[d]
    dd = datetime.date.fromisoformat(s['date'])
    print('=' * 100)
    print(d, s['date'], dd.strftime('%A'), '|', s['title'])
    print(s['text'])
    actors = {a['id']: f"{a['name']}[{a['country']}/{a['sector']}/{a['kind']}]" for a in rec['actors']}
    print('--- dateline events')
    for e in rec['events']:
        mark = f"  <<< ITEM #{picked[(d, e['id'])]}" if (d, e['id']) in picked else ''
        print(f"  {e['id']} [{e['sentence']['start']}] {e['trigger']['text']!r} {e['type']}/{e['mode']} "
              f"src={[actors.get(a, a) for a in e['source']]} tgt={[actors.get(a, a) for a in e['target']]} "
              f"date={e['date']['value']}({e['date']['basis']}) {e['modality']} rep={e['reported_by']}{mark}")
