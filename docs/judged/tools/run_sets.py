"""Run the spent held-out sets through the code on PYTHONPATH (session 109), for judged_changes.py
and rule_verdicts.py: one pool of 2 processes that loads the pipeline once per process (about 3
minutes for sets 1-30 here; run_heldout.py starts a pool per document date and takes far longer).
Writes OUTDIR/<set>.jsonl in run_heldout.py's format.

usage: PYTHONHASHSEED=0 DATELINE_ARTICLE_TIMEOUT=0 PYTHONPATH=SRC python run_sets.py OUTDIR [SETS...]
(default: heldout_news, heldout_news2 ... heldout_news30)"""
import json, os, sys
from multiprocessing import Pool
from pathlib import Path
ROOT = Path(__file__).resolve().parents[3]

def work(args):
    import dateline
    sid, text, date = args
    return sid, json.loads(dateline.extract(text, date=date).to_json())

def main():
    out = Path(sys.argv[1]); out.mkdir(parents=True, exist_ok=True)
    sets = sys.argv[2:] or ["heldout_news"] + [f"heldout_news{i}" for i in range(2, 31)]
    with Pool(2) as pool:
        for s in sets:
            stories = [json.loads(l) for l in open(ROOT / "data" / s / "stories.jsonl")]
            recs = dict(pool.imap_unordered(work, [(x["id"], x["text"], x["date"]) for x in stories], chunksize=4))
            with open(out / f"{s}.jsonl", "w") as f:
                for x in stories:
                    f.write(json.dumps({"id": x["id"], "record": recs[x["id"]]}) + "\n")
            print(s, len(stories), flush=True)

if __name__ == "__main__":
    main()
