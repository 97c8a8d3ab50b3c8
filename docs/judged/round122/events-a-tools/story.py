"""Print a story of the sample with dateline's events listed under the sentence they come from.
usage: python story.py DOC [DOC ...]"""
import json, sys
recs = {}
for l in open('/tmp/r122/heldout_news38.judge.jsonl'):
    d = json.loads(l)
    recs[d['id']] = d['record']
stories = {json.loads(l)['id']: json.loads(l) for l in open('/work/wt/j122a/data/heldout_news38/stories.jsonl')}
for doc in sys.argv[1:]:
    r = recs[doc]; s = stories[doc]
    actors = {a['id']: f"{a['name']}[{a['country']}/{a['sector']}/{a['kind']}]" for a in r['actors']}
    print('=' * 100); print(doc, s['date'], s['title'])
    bysent = {}
    for e in r['events']:
        bysent.setdefault(e['sentence']['start'], []).append(e)
    text = r['text']
    # print text paragraph by paragraph; mark event sentences
    print(text)
    print('--- events')
    for st in sorted(bysent):
        print('  SENT@%d: %s' % (st, bysent[st][0]['sentence']['text'].strip()[:300]))
        for e in bysent[st]:
            print('     %s %s/%s trig=%r src=%s tgt=%s date=%s/%s mod=%s rep=%s' % (
                e['id'], e['type'], e['mode'], e['trigger']['text'],
                [actors.get(a, a) for a in e['source']], [actors.get(a, a) for a in e['target']],
                e['date']['value'], e['date']['basis'], e['modality'], e['reported_by']))
