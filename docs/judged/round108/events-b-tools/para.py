"""Print each sampled first paragraph and the dateline events whose sentence lies inside it."""
import json
paras = [json.loads(l) for l in open('paragraphs-b.jsonl')]
docs = {p['doc'] for p in paras}
recs = {}
for l in open('/tmp/r108/heldout_news31.judge.jsonl'):
    r = json.loads(l)
    if r['id'] in docs: recs[r['id']] = r['record']
for p in paras:
    rec = recs[p['doc']]; text = rec['text']
    start = text.find(p['paragraph'][:60]); end = start + len(p['paragraph'])
    acts = {a['id']: a for a in rec['actors']}
    nm = lambda ids: [f"{acts[i]['name']}[{acts[i]['country']}]" if i in acts else i for i in ids]
    print('=' * 90); print(p['doc'], rec['document_date'], 'span', start, end); print(p['paragraph'])
    for e in rec['events']:
        if start <= e['trigger']['start'] < end:
            print(f"  {e['id']} [{e['trigger']['text']}] {e['type']}/{e['mode']} {nm(e['source'])} -> {nm(e['target'])} {e['date']['value']}({e['date']['basis']}) {e['modality']}")
