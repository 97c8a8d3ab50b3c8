"""paragraphs-a.jsonl's 'paragraph' is the whole story (the records separate paragraphs with one newline,
the sampler splits on a blank line). Show the true first paragraph (up to the first newline) and the
dateline events whose sentence starts in it (by offsets in the records)."""
import json
recs = {}
for l in open('/tmp/main66/heldout.jsonl'):
    d = json.loads(l); recs[d['id']] = d['record']
for l in open('paragraphs-a.jsonl'):
    p = json.loads(l)
    rec = recs[p['doc']]
    first = rec['text'].split('\n', 1)[0]
    assert p['paragraph'] == rec['text'].split('\n\n', 1)[0]
    views = {e['event_id']: e for e in p['events']}
    print('=====', p['doc'], rec['document_date'])
    print(first)
    for e in rec['events']:
        if e['sentence']['start'] < len(first):
            v = views[e['id']]
            print('  -', v['event_id'], v['type'], v['mode'], 'trig=%r' % v['trigger'], 'src=', v['source'], 'tgt=', v['target'],
                  v['date'], v['modality'])
