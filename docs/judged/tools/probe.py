"""usage: probe.py 'text' [date]: print each event of the text."""
import sys, json
import dateline
rec = dateline.extract(sys.argv[1], date=sys.argv[2] if len(sys.argv) > 2 else "2023-06-15")
names = {a.id: f"{a.name}[{a.country}]" for a in rec.actors}
for e in rec.events:
    print(e.type, repr(rec.text[e.trigger.start:e.trigger.end]), "src", [names.get(x) for x in e.source],
          "tgt", [names.get(x) for x in e.target], "date", e.date, e.modality, e.rule)
