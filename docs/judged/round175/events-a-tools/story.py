"""Print a story's text with dateline's events listed under each sentence (for the duplicate check).
usage: story.py DOC [DOC...]"""
import json, sys
docs = set(sys.argv[1:])
stories = {}
for l in open('/work/wt/j175a/data/heldout_news64/stories.jsonl'):
    r = json.loads(l)
    if r['id'] in docs:
        stories[r['id']] = r
recs = {}
for l in open('/tmp/r173/heldout_news64.judge.jsonl'):
    r = json.loads(l)
    if r['id'] in docs:
        recs[r['id']] = r['record']
for d in sys.argv[1:]:
    s = stories[d]; rec = recs[d]
    actors = {a['id']: f"{a['name']}[{a['country']}/{a['sector']}/{a['kind']}]" for a in rec['actors']}
    print('=' * 100); print(d, s['date'], s['title'])
    bysent = {}
    for e in rec['events']:
        bysent.setdefault(e['sentence']['start'], []).append(e)
    text = rec['text']
    # iterate over sentences in order of the events; print text in chunks
    print(text)
    print('--- events ---')
    for st in sorted(bysent):
        print('SENT@%d: %s' % (st, bysent[st][0]['sentence']['text'].strip()))
        for e in bysent[st]:
            print('   %s %s/%s trig=%r src=%s tgt=%s date=%s/%s mod=%s rep=%s' % (
                e['id'], e['type'], e['mode'], e['trigger']['text'],
                [actors.get(a, a) for a in e['source']], [actors.get(a, a) for a in e['target']],
                e['date']['value'], e['date']['basis'], e['modality'], e['reported_by'] and actors.get(e['reported_by'], e['reported_by'])))
