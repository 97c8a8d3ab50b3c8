"""Own judged sample for ev10a: seed 71121 (40 events), 71122 (15 story paragraphs)."""
import json, random, sys
import dateline
tag = sys.argv[1]
rng = random.Random(71121)
mt = [json.loads(l) for l in open('/work/shared/eval/meantime/docs.jsonl')]
st = [json.loads(l) for l in open('data/synthetic_stories/test.jsonl')]
st_sample = rng.sample(st, 150)
def recs(items, **kw):
    return [r.to_dict() if hasattr(r, "to_dict") else r for r in dateline.extract_many(items, **kw)]
mtr = recs([{"id": "mt:" + d["doc_id"], "title": d.get("title"), "text": d["text"], "date": d["dct"]} for d in mt])
str_ = recs([{"id": d["id"], "text": d["text"]} for d in st_sample], date="2023-06-15")
def show(r, e):
    A = {a['id']: a for a in r['actors']}
    act = lambda ids: [f"{A[i]['name']}|{A[i]['country']}|{A[i]['sector']}" for i in ids]
    s = e['sentence']
    return (f"[{r['source']['id']} {r['document_date']}] {r['text'][s['start']:s['end']]}\n"
            f"   -> {e['type']}/{e['mode']} trig={e['trigger']['text']!r} src={act(e['source'])} tgt={act(e['target'])} "
            f"date={e['date']['value']}/{e['date']['basis']} mod={e['modality']} rule={e['rule']}")
out = []
for name, rr in (("meantime", mtr), ("stories", str_)):
    pool = [(r, e) for r in rr for e in r['events']]
    print(f"== {name}: {len(pool)} events in {len(rr)} docs")
    for r, e in rng.sample(pool, 20):
        out.append(show(r, e))
for i, o in enumerate(out):
    print(f"#{i} {o}\n")
rng2 = random.Random(71122)
print("== paragraphs")
for d in rng2.sample(st, 15):
    r = recs([{"id": d["id"], "text": d["text"]}], date="2023-06-15")[0]
    para = d["text"].split("\n\n")[0]
    print(f"## {d['id']} label={d['label']}/{d.get('mode')}\n{para}")
    for e in r['events']:
        if e['trigger']['start'] < len(para):
            print("   * " + show(r, e).split("   -> ")[1].strip())
    print()
