"""Print the sampled events for judging, with the sentence before and after."""
import json
import sys
from pathlib import Path

out = Path(sys.argv[1])
recs = {}
for name in ("meantime", "stories"):
    for line in (out / f"records-{name}.jsonl").open():
        r = json.loads(line)
        recs[(name, r["doc"])] = r["record"]


def actor(a, s):
    x = s["actors"].get(a)
    return f"{a}:{x['name']}[{x['kind']},{x['country']},{x['sector']}]" if x else a


for line in (out / "sample.jsonl").open():
    s = json.loads(line)
    e = s["event"]
    rec = recs[(s["corpus"], s["doc"])]
    text = rec["text"]
    st, en = e["sentence"]["start"], e["sentence"]["end"]
    print(f"=== #{s['n']} {s['corpus']} doc={s['doc']} dct={rec['document_date']}")
    print("  BEFORE:", text[max(0, st - 250):st].replace("\n", " "))
    print("  SENT:", e["sentence"]["text"].replace("\n", " "))
    print("  AFTER:", text[en:en + 200].replace("\n", " "))
    d = e["date"] or {}
    print(f"  -> {e['type']}/{e['mode']} cameo={e['cameo']} trig='{e['trigger']['text']}' "
          f"src={[actor(a, s) for a in e['source']]} tgt={[actor(a, s) for a in e['target']]} "
          f"date={d.get('value')} basis={d.get('basis')} mod={e['modality']} rep={e.get('reported_by') and actor(e['reported_by'], s)} rule={e['rule']}")
