"""Print the per-field table and the paragraph totals for judge b (markdown).

usage: table.py   (run from docs/judged/round39)
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
FIELDS = ["event", "type", "source", "target", "date", "modality", "all"]

items = [json.loads(l) for l in (HERE / "events-b.jsonl").open()]
real = [i for i in items if i["verdict"]["event"]]
print(f"| field | right of {len(items)} | % of {len(items)} | right of {len(real)} real | % of real |")
print("|---|---|---|---|---|")
for f in FIELDS:
    n = sum(i["verdict"][f] for i in items)
    r = sum(i["verdict"][f] for i in real)
    print(f"| {f} | {n} | {100*n/len(items):.0f}% | {r} | {100*r/len(real):.0f}% |")
paras = [json.loads(l) for l in (HERE / "paragraphs-b-verdicts.jsonl").open()]
coder = sum(len(p["coder_events"]) for p in paras)
found = sum(p["found"] for p in paras)
dl = sum(p["dateline_events"] for p in paras)
sp = sum(p["spurious"] for p in paras)
print()
print(f"paragraphs: {len(paras)}; coder events {coder}; found {found} ({100*found/coder:.0f}%); "
      f"dateline events {dl}; spurious {sp}")
