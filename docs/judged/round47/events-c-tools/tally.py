"""Judge c, round 47: per-field table of events-c.jsonl and paragraph totals (markdown to stdout).

usage (from docs/judged/round47): python events-c-tools/tally.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
FIELDS = ("event", "type", "source", "target", "date", "modality", "all")

rows = [json.loads(l) for l in open(HERE / "events-c.jsonl")]
n = len(rows)
real = [r for r in rows if r["verdict"]["event"]]
print("| field | right of 60 | % of 60 | right of real events | % of real |")
print("|---|---|---|---|---|")
for k in FIELDS:
    a = sum(r["verdict"][k] for r in rows)
    b = sum(r["verdict"][k] for r in real)
    print(f"| {k} | {a} | {100 * a / n:.0f}% | {b}/{len(real)} | {100 * b / len(real):.0f}% |")
paras = [json.loads(l) for l in open(HERE / "paragraphs-c-verdicts.jsonl")]
coder = sum(len(p["coder_events"]) for p in paras)
found = sum(p["found"] for p in paras)
dl = sum(p["dateline_events"] for p in paras)
sp = sum(p["spurious"] for p in paras)
print(f"\nparagraphs: {len(paras)}; coder events {coder}; found {found} ({100 * found / coder:.0f}%); "
      f"dateline events {dl}; spurious {sp}")
