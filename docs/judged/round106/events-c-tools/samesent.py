"""For each item, list all of dateline's events in the same sentence (duplicate check);
for each paragraph, list dateline events whose sentence lies in the first paragraph."""
import json
R = {}
for l in open('/tmp/r106/heldout_news30.judge.jsonl'):
    r = json.loads(l)
    R[r['id']] = r['record']

def actor(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return a.get('name') or a.get('text') or aid
    return aid

def fmt(rec, e):
    s = ','.join(actor(rec, a) for a in e['source'])
    t = ','.join(actor(rec, a) for a in e['target'])
    return f"{e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} {s} -> {t} {e['date']['value']} {e['modality']}"

for l in open('events-c-items.jsonl'):
    it = json.loads(l)
    rec = R[it['doc']]
    same = [e for e in rec['events'] if e['sentence']['text'] == it['sentence']]
    print(f"#{it['n']} {it['doc']} {it['event_id']}")
    for e in same:
        print('    ' + ('*' if e['id'] == it['event_id'] else ' ') + fmt(rec, e))
print('=== paragraphs')
for l in open('paragraphs-c.jsonl'):
    p = json.loads(l)
    rec = R[p['doc']]
    txt = rec['text']
    end = txt.find('\n')
    print(p['doc'], 'para end', end)
    for e in rec['events']:
        if e['sentence']['start'] < end:
            print('    ' + fmt(rec, e))
