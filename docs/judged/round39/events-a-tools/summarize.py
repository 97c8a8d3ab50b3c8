"""Print the per-field table and paragraph figures for events-a.md.

usage (from docs/judged/round39): python events-a-tools/summarize.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
F = ("event", "type", "source", "target", "date", "modality", "all")

ev = [json.loads(l) for l in open(HERE / "events-a.jsonl")]
real = [e for e in ev if e["verdict"]["event"]]
print("| field | right of 60 | %% of 60 | right of %d real events | %% of real |" % len(real))
print("|---|---|---|---|---|")
for f in F:
    a = sum(e["verdict"][f] for e in ev)
    b = sum(e["verdict"][f] for e in real)
    print(f"| {f} | {a} | {100*a/len(ev):.1f}% | {b if f != 'event' else '-'} | "
          f"{'%.1f%%' % (100*b/len(real)) if f != 'event' else '-'} |")
pv = [json.loads(l) for l in open(HERE / "paragraphs-a-verdicts.jsonl")]
c = sum(len(p["coder_events"]) for p in pv)
print(f"\nparagraphs: coder events {c}, found {sum(p['found'] for p in pv)}, "
      f"dateline events {sum(p['dateline_events'] for p in pv)}, spurious {sum(p['spurious'] for p in pv)}")
from collections import Counter
print(Counter(e["type"] for e in ev if not e["verdict"]["event"]))
