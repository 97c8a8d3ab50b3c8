"""Print a story's text with dateline's events per sentence (for judge d, round 116)."""
import json, sys
docs = sys.argv[1:]
recs = {}
for l in open('/tmp/r116/heldout_news35.judge.jsonl'):
    r = json.loads(l)
    if r['id'] in docs:
        recs[r['id']] = r['record']
for d in docs:
    rec = recs[d]
    actors = {a['id']: f"{a['name']}[{a.get('country')}/{a.get('sector')}/{a.get('kind')}]" for a in rec['actors']}
    print('=' * 20, d, rec['document_date'])
    bysent = {}
    for e in rec['events']:
        bysent.setdefault(e['sentence']['start'], []).append(e)
    text = rec['text']
    # print text with events at sentence positions
    starts = sorted(bysent)
    pos = 0
    for s in starts:
        es = bysent[s]
        end = es[0]['sentence']['end']
        print(text[pos:s], end='')
        print('<<', text[s:end].rstrip(), '>>')
        for e in es:
            print('   ->', e['id'], repr(e['trigger']['text']), e['type'], e['mode'], [actors.get(x, x) for x in e['source']], '->', [actors.get(x, x) for x in e['target']], e['date']['value'], e['date']['basis'], e['modality'])
        pos = end
    print(text[pos:])
