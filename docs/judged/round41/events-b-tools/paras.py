"""Show the story's first paragraph (text up to the first newline: the sampler's split on a blank line takes the
whole record text, whose paragraphs are single-newline separated) and dateline's events whose sentence starts in it."""
import json

for line in open("paragraphs-b.jsonl"):
    p = json.loads(line)
    first = p["paragraph"].split("\n", 1)[0]
    print(f"=== {p['doc']} ({len(p['events'])} events in the sampler's whole-text 'paragraph')\n{first}")
    for e in p["events"]:
        if e["sentence"].strip() in first or first.find(e["sentence"].strip()[:60]) >= 0:
            print(f"   {e['event_id']} trig={e['trigger']!r} {e['type']}/{e['mode']} src={e['source']} tgt={e['target']} "
                  f"date={e['date']['value']}({e['date']['basis']}) mod={e['modality']}")
    print()
