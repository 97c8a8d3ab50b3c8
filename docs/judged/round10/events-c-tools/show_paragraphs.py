"""Print the 10 story first paragraphs with dateline's events (for the recall check)."""
import json
import sys
from pathlib import Path

for i, line in enumerate((Path(sys.argv[1]) / "paragraphs.jsonl").open(), 1):
    p = json.loads(line)
    rec = p["record"]
    actors = {a["id"]: f"{a['name']}[{a['country']}]" for a in rec["actors"]}
    print(f"=== P{i} {p['doc']} label={p['label']}\n  {p['paragraph']}")
    for e in rec["events"]:
        d = e["date"] or {}
        print(f"  -> {e['id']} {e['type']}/{e['mode']} '{e['trigger']['text']}' src={[actors.get(a) for a in e['source']]} "
              f"tgt={[actors.get(a) for a in e['target']]} date={d.get('value')} mod={e['modality']}")
