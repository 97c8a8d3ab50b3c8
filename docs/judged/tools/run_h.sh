#!/bin/bash
# usage: run_h.sh WORKTREE OUTDIR  -> OUTDIR/{heldout_news,heldout_news2,heldout_news3,heldout_news4,heldout_news5,heldout_news6,heldout_news7,dev_news}.jsonl
W=$1; OUT=$2; mkdir -p $OUT
export PYTHONHASHSEED=0 DATELINE_ARTICLE_TIMEOUT=0 PYTHONPATH=$W/src DATELINE_REPO=$W
for s in heldout_news heldout_news2 heldout_news3 heldout_news4 heldout_news5 heldout_news6 heldout_news7 dev_news; do
  /work/main/.venv/bin/python $W/docs/judged/tools/run_heldout.py $OUT/$s.jsonl $s
done
