"""Extract a seeded sample of MEANTIME docs and NGEC stories; write records to /tmp/j10-events."""
import json, random, sys
import dateline
SEED = 20261208
rng = random.Random(SEED)
mt = [json.loads(l) for l in open('/work/shared/eval/meantime/docs.jsonl')]
st = [json.loads(l) for l in open('data/synthetic_stories/test.jsonl')]
mt_s = rng.sample(mt, len(mt))  # all 120: 30 gave only 15 events
st_s = rng.sample(st, 60)
out = open('/tmp/j10-events/records.jsonl', 'w')
for corpus, docs in (('meantime', mt_s), ('stories', st_s)):
    for d in docs:
        date = d.get('dct') or '2023-06-15'
        rec = next(dateline.extract_many([d['text']], date=date))
        r = rec.to_dict() if hasattr(rec, 'to_dict') else rec
        out.write(json.dumps({'corpus': corpus, 'id': d.get('doc_id') or d.get('id'), 'date': date,
                              'label': d.get('label'), 'text': d['text'], 'record': r}, default=str) + '\n')
        out.flush()
