"""Sample 30 predicted quotes per corpus (seed 20261130) from the dumped records; print them."""
import json, random
SEED = 20261130
rng = random.Random(SEED)
recs = [json.loads(l) for l in open('/tmp/jq_records.jsonl')]
pools = {'meantime': [], 'stories': []}
for r in recs:
    rec = r['rec']
    for q in rec.get('quotes', []):
        pools[r['corpus']].append((r['doc'], rec, q))
print({k: len(v) for k, v in pools.items()}, 'docs:', {k: sum(1 for r in recs if r['corpus']==k) for k in pools})
out = []
for corpus in ('meantime', 'stories'):
    for doc, rec, q in rng.sample(pools[corpus], 30):
        text = rec['text']
        def s(x): return None if x is None else text[x['start']:x['end']]
        a = q['content']['start']; b = q['content']['end']
        lo = max(text.rfind('\n', 0, min(a, q['speaker']['start'] if q.get('speaker') else a)), 0)
        hi_c = max(b, q['speaker']['end'] if q.get('speaker') else b, q['cue']['end'] if q.get('cue') else b)
        hi = text.find('\n', hi_c); hi = len(text) if hi < 0 else hi
        actor = None
        if q.get('speaker') and q['speaker'].get('actor'):
            actor = next((x for x in rec['actors'] if x['id'] == q['speaker']['actor']), None)
        out.append({'n': len(out)+1, 'corpus': corpus, 'doc': doc, 'qid': q['id'], 'context': text[lo:hi].strip(),
                    'speaker': s(q.get('speaker')), 'speaker_actor': actor and {k: actor[k] for k in ('name','kind','country','sector')},
                    'cue': s(q.get('cue')), 'content': s(q['content']), 'parts': [s(p) for p in q.get('parts') or []],
                    'kind': q['kind'], 'cue_class': q.get('cue_class'), 'rule': q['rule']})
json.dump(out, open('/tmp/jq_sample.json', 'w'), indent=1)
