"""Build events-a.jsonl from events-a-items.jsonl and the judge's notes (events-a-tools/notes.txt:
'n event type source target date modality | reasons', T/F)."""
import json
items = [json.loads(l) for l in open('events-a-items.jsonl')]
notes = {}
for line in open('events-a-tools/notes.txt'):
    head, reason = line.rstrip('\n').split(' | ', 1)
    parts = head.split()
    n = int(parts[0]); flags = [p == 'T' for p in parts[1:7]]
    assert len(parts) == 7, line
    notes[n] = (flags, reason.strip())
assert sorted(notes) == list(range(1, 51)), sorted(notes)
keys = ['event', 'type', 'source', 'target', 'date', 'modality']
with open('events-a.jsonl', 'w') as f:
    for it in items:
        flags, reason = notes[it['n']]
        if not flags[0]:
            flags = [False] * 6
        v = dict(zip(keys, flags)); v['all'] = all(flags)
        out = dict(it); out['verdict'] = v; out['reasons'] = reason
        f.write(json.dumps(out, ensure_ascii=False) + '\n')
