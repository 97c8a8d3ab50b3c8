"""Print each sampled event with its sentence and the preceding text of its paragraph (for pronouns)."""
import json, sys
recs = {}
for l in open('/tmp/r16/new.jsonl'):
    r = json.loads(l)
    recs[r['id']] = r['record']
for l in open(sys.argv[1]):
    it = json.loads(l)
    rec = recs[it['doc']]
    t = rec['text']
    i = t.find(it['sentence'])
    pre = t[max(0, i-300):i].replace('\n', ' / ')
    print(f"#{it['n']} {it['doc']} {it['type']}/{it['mode']} cameo={it['cameo']} trig='{it['trigger']}' rule={it['rule']}")
    print(f"  PRE: ...{pre}")
    print(f"  SENT: {it['sentence']}")
    print(f"  SRC={it['source']} TGT={it['target']} DATE={it['date']} MOD={it['modality']} RB={it['reported_by']}")
    print()
