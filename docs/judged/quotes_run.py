"""Run dateline on MEANTIME (dct per doc) and a seeded sample of NGEC stories; dump records."""
import json, random
from dateline import extract_many
from dateline.ingest.readers import Article
from dateline.record import Source
SEED = 20261130
rng = random.Random(SEED)
mt = [json.loads(l) for l in open('/work/shared/eval/meantime/docs.jsonl')]
st = [json.loads(l) for l in open('data/synthetic_stories/test.jsonl')]
st_sample = rng.sample(st, 300)
out = open('/tmp/jq_records.jsonl', 'w')
arts = [Article(text=d['text'], source=Source(id=d['doc_id'], title=d['title']), published=d['dct']) for d in mt]
for d, r in zip(mt, extract_many(arts)):
    out.write(json.dumps({'corpus': 'meantime', 'doc': d['doc_id'], 'rec': r.to_dict()}) + '\n')
for d, r in zip(st_sample, extract_many([{'text': d['text'], 'id': d['id']} for d in st_sample], date='2023-06-15')):
    out.write(json.dumps({'corpus': 'stories', 'doc': d['id'], 'rec': r.to_dict()}) + '\n')
