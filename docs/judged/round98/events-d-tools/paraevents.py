# dateline events whose sentence lies in each sampled story's first paragraph
import json
R = {}
for l in open('/tmp/r98/heldout_news26.judge.jsonl'):
    d = json.loads(l); R[d['id']] = d['record']
for l in open('paragraphs-d.jsonl'):
    p = json.loads(l); r = R[p['doc']]
    end = r['text'].find('\n')
    evs = [e for e in r['events'] if e['sentence']['start'] < end]
    print(p['doc'], len(p['events']), len(evs), [(e['id'], e['type'], e['trigger']['text']) for e in evs])
