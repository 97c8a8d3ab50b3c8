"""Per-field table of events-a.jsonl and the paragraph totals (markdown to stdout).

usage (from docs/judged/round38): python events-a-tools/tally.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
FIELDS = ("event", "type", "source", "target", "date", "modality", "all")

def main():
    rows = [json.loads(l) for l in open(HERE / "events-a.jsonl")]
    n = len(rows)
    real = [r for r in rows if r["verdict"]["event"]]
    print(f"| field | right of {n} | % of {n} | right of {len(real)} real | % of real |")
    print("|---|---|---|---|---|")
    for f in FIELDS:
        k = sum(r["verdict"][f] for r in rows)
        kr = sum(r["verdict"][f] for r in real)
        print(f"| {f} | {k} | {100*k/n:.0f}% | {kr} | {100*kr/len(real):.0f}% |")
    paras = [json.loads(l) for l in open(HERE / "paragraphs-a-verdicts.jsonl")]
    coder = sum(len(p["coder_events"]) for p in paras)
    print()
    print(f"paragraphs: {len(paras)}; coder events {coder}; found {sum(p['found'] for p in paras)}; "
          f"dateline events {sum(p['dateline_events'] for p in paras)}; spurious {sum(p['spurious'] for p in paras)}")

if __name__ == "__main__":
    main()
