"""Pick 20 random MEANTIME paragraphs (seed 20261130, >= 60 chars) and print dateline's quotes in each."""
import json, random
rng = random.Random(20261130)
recs = [json.loads(l) for l in open('/tmp/jq_records.jsonl') if '"meantime"' in l]
paras = []
for r in recs:
    t = r['rec']['text']; pos = 0
    for line in t.split('\n'):
        if len(line) >= 60:
            paras.append((r['doc'], pos, pos + len(line), r['rec']))
        pos += len(line) + 1
out = []
for doc, a, b, rec in rng.sample(paras, 20):
    t = rec['text']
    def s(x): return None if x is None else t[x['start']:x['end']]
    qs = [{'speaker': s(q.get('speaker')), 'cue': s(q.get('cue')), 'content': s(q['content'])[:120], 'kind': q['kind']}
          for q in rec['quotes'] if a <= q['content']['start'] < b or (q.get('cue') and a <= q['cue']['start'] < b)]
    out.append({'doc': doc, 'start': a, 'paragraph': t[a:b], 'dateline_quotes': qs})
json.dump(out, open('/tmp/jq_paras.json', 'w'), indent=1)
for i, p in enumerate(out, 1):
    print('=== P%d %s' % (i, p['doc'])); print(p['paragraph'])
    for q in p['dateline_quotes']: print('   ->', q)
