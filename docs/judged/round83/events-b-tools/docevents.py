"""List every dateline event of given docs, grouped by sentence (duplicate check)."""
import json, sys
want = set(sys.argv[1:])
for l in open('/tmp/r83/heldout_news19.judge.jsonl'):
    d = json.loads(l)
    if d['id'] not in want:
        continue
    r = d['record']
    actors = {a['id']: a for a in r['actors']}
    def nm(ids):
        out = []
        for i in ids:
            a = actors.get(i, {})
            out.append(f"{a.get('name') or a.get('text')}[{a.get('country')}]")
        return out
    print('=' * 10, d['id'], r['document_date'])
    cur = None
    for e in r['events']:
        s = e['sentence']['text'].strip()
        if s != cur:
            print('  S:', s[:200])
            cur = s
        print(f"    {e['id']} '{e['trigger']['text']}' {e['type']}/{e['mode']} {nm(e['source'])} -> {nm(e['target'])} {e['date']['value']} {e['modality']}")
