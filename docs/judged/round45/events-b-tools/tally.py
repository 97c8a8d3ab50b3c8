"""Per-field counts of events-b.jsonl (of 60 and of real events)."""
import json
rows = [json.loads(l)['verdict'] for l in open('events-b.jsonl')]
n = len(rows); ev = sum(r['event'] for r in rows)
print(f"| field | right of {n} | % of {n} | right of {ev} real | % of real |")
print("|---|---|---|---|---|")
for f in ('event', 'type', 'source', 'target', 'date', 'modality', 'all'):
    k = sum(r[f] for r in rows)
    print(f"| {f} | {k} | {100*k/n:.0f}% | {k if f != 'event' else ev} | {100*k/ev:.0f}% |")
