"""Tally events-d.jsonl and paragraphs-d-verdicts.jsonl for events-d.md."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ev = [json.loads(l) for l in open(os.path.join(HERE, '..', 'events-d.jsonl'))]
real = [e for e in ev if e['verdict']['event']]
print(f"events: {len(ev)}, real events: {len(real)}")
print("| field | right of 60 | % of 60 | right of real events | % of real |")
print("|---|---|---|---|---|")
for k in ['event', 'type', 'source', 'target', 'date', 'modality', 'all']:
    a = sum(e['verdict'][k] for e in ev); b = sum(e['verdict'][k] for e in real)
    print(f"| {k} | {a} | {100*a/len(ev):.0f}% | {b}/{len(real)} | {100*b/len(real):.0f}% |")
ps = [json.loads(l) for l in open(os.path.join(HERE, '..', 'paragraphs-d-verdicts.jsonl'))]
c = sum(len(p['coder_events']) for p in ps); f = sum(p['found'] for p in ps)
d = sum(p['dateline_events'] for p in ps); s = sum(p['spurious'] for p in ps)
print(f"paragraphs: coder events {c}, found {f} ({100*f/c:.0f}%), dateline events {d}, spurious {s}")
for p in ps:
    print(f"  {p['doc']}: coder {len(p['coder_events'])}, found {p['found']}, dateline {p['dateline_events']}, spurious {p['spurious']}")
