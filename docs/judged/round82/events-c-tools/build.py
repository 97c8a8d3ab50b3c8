"""Build events-c.jsonl from notes.txt (one line per item: n, six T/F flags
event type source target date modality, '|', reasons) and check it."""
import json
from pathlib import Path
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
items = [json.loads(l) for l in open(ROOT / 'events-c-items.jsonl')]
notes = {}
for line in open(HERE / 'notes.txt'):
    if not line.strip():
        continue
    head, reason = line.split('|', 1)
    parts = head.split()
    n = int(parts[0]); flags = [p == 'T' for p in parts[1:7]]
    assert len(parts) == 7 and n not in notes, line
    notes[n] = (flags, reason.strip())
assert sorted(notes) == [i['n'] for i in items], set(i['n'] for i in items) ^ set(notes)
fields = ['event', 'type', 'source', 'target', 'date', 'modality']
out = []
for it in items:
    flags, reason = notes[it['n']]
    v = dict(zip(fields, flags))
    if not v['event']:
        assert not any(flags), it['n']
    v['all'] = all(flags)
    rec = dict(it); rec['verdict'] = v; rec['reasons'] = reason
    out.append(rec)
with open(ROOT / 'events-c.jsonl', 'w') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
# checks
back = [json.loads(l) for l in open(ROOT / 'events-c.jsonl')]
assert len(back) == 50
for a, b in zip(items, back):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    v = b['verdict']
    assert v['all'] == all(v[k] for k in fields)
    if not v['event']:
        assert not any(v.values())
counts = {k: sum(r['verdict'][k] for r in back) for k in fields + ['all']}
print(counts)
