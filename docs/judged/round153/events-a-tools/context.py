"""Print, per sampled doc, the story text and every dateline event of that story
(grouped by sentence), marking the sampled items. Usage: context.py FROM TO (item n range)."""
import json, sys
OUT = '/tmp/r153/heldout_news54.judge.jsonl'
ITEMS = 'events-a-items.jsonl'
lo, hi = int(sys.argv[1]), int(sys.argv[2])
items = [json.loads(l) for l in open(ITEMS)]
recs = {}
for l in open(OUT):
    r = json.loads(l)
    recs[r['id']] = r['record']
def act(a):
    return a if isinstance(a, str) else json.dumps(a)
done = set()
for it in items:
    if not lo <= it['n'] <= hi or it['doc'] in done:
        continue
    done.add(it['doc'])
    rec = recs[it['doc']]
    ns = {i['event_id']: i['n'] for i in items if i['doc'] == it['doc']}
    print('=' * 100)
    print(it['doc'], 'docdate', rec['document_date'], 'sampled', ns)
    print(rec['text'])
    print('-' * 40, 'events')
    actors = {a['id']: f"{a['name']}[{a['country']}/{a['sector']}/{a['kind']}]" for a in rec['actors']}
    lastsent = None
    for e in rec['events']:
        s = e['sentence']['start']
        if s != lastsent:
            print('  SENT@%d: %s' % (s, e['sentence']['text'][:160].replace('\n', ' ')))
            lastsent = s
        mark = '  <<< #%d' % ns[e['id']] if e['id'] in ns else ''
        src = [actors.get(x.get('actor') if isinstance(x, dict) else x, x) for x in e['source']]
        tgt = [actors.get(x.get('actor') if isinstance(x, dict) else x, x) for x in e['target']]
        print(f"    {e['id']} '{e['trigger']['text']}' {e['type']}/{e['mode']} src={src} tgt={tgt} date={e['date'].get('value')}({e['date'].get('basis')}) {e['modality']}{mark}")
