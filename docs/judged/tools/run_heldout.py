"""Run dateline over a set of written news stories (data/FOLDER/stories.jsonl), each with its own date:
the held-out news (heldout_news, the default; heldout_news2; heldout_news3; heldout_news4; heldout_news5; heldout_news6; heldout_news7; ... heldout_news21; heldout_news22; heldout_news23; heldout_news24; heldout_news25; heldout_news26; heldout_news27; heldout_news28; heldout_news29; heldout_news30; heldout_news31; heldout_news32; heldout_news33; heldout_news34; heldout_news35; heldout_news36; heldout_news37; heldout_news38; heldout_news39) or the development news (dev_news).
usage: run_heldout.py OUT [FOLDER]  (NPROC processes, default 1)"""
import json
import os
import sys
from pathlib import Path

from dateline.pipeline import extract_many

root = Path(os.environ.get("DATELINE_REPO", Path(__file__).resolve().parents[3]))
folder = sys.argv[2] if len(sys.argv) > 2 else "heldout_news"
stories = [json.loads(line) for line in open(root / "data" / folder / "stories.jsonl")]
by_date: dict[str, list[dict]] = {}
for s in stories:
    by_date.setdefault(s["date"], []).append(s)
records = {}
for date, group in by_date.items():
    texts = [s["text"] for s in group]
    for s, r in zip(group, extract_many(texts, date=date, n_process=int(os.environ.get("NPROC", "1")))):
        records[s["id"]] = json.loads(r.to_json())
with open(sys.argv[1], "w") as f:
    for s in stories:
        f.write(json.dumps({"id": s["id"], "record": records[s["id"]]}) + "\n")
print(len(stories), "stories ->", sys.argv[1])
