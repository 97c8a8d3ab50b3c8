"""What a code change does to the events the blind judges have already judged (rounds 41-62).

Once a held-out set is spent, its judged events are development data: each carries a coder's verdict
per field and the coder's reasons. This tool compares two runs of the spent sets (the base code and a
changed code, each a folder with heldout_news.jsonl ... heldout_news8.jsonl written
by run_heldout.py) on the judged sentences only, and prints every judged sentence whose events changed:
the judged event with its verdict and reasons, the base code's events, the new code's events.

usage (from docs/judged): python tools/judged_delta.py NEW_DIR BASE_DIR [--rounds 41-62] [--show N]
Counts printed last: judged sentences, changed sentences, judged events kept identical / changed or gone.
"""
import argparse
import glob
import json
import sys
from pathlib import Path

JUDGED = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(JUDGED / "round41"))
import sample41  # noqa: E402

view = sample41.sample18.view
norm = sample41.sample18.norm
SETS = ("heldout_news", "heldout_news2", "heldout_news3", "heldout_news4", "heldout_news5", "heldout_news6",
        "heldout_news7", "heldout_news8")
KEYS = ("trigger", "type", "source", "target", "date", "modality")


def events_by_sentence(folder: Path) -> dict:
    """(doc, normalised sentence) -> list of event views, over the spent sets."""
    out: dict = {}
    for name in SETS:
        path = folder / f"{name}.jsonl"
        if not path.exists():
            continue
        for line in open(path):
            row = json.loads(line)
            rec = row["record"]
            if "error" in rec:
                continue
            for ev in rec["events"]:
                v = view(row["id"], rec, ev)
                out.setdefault((row["id"], norm(v["sentence"])), []).append(v)
    return out


def judged_items(first: int, last: int) -> list:
    items = []
    for r in range(first, last + 1):
        for f in sorted(glob.glob(str(JUDGED / f"round{r}" / "events-[a-z].jsonl"))):
            items += [dict(json.loads(line), round=r) for line in open(f)]
    return items


def brief(v: dict) -> str:
    return (f"{v['type']} '{v['trigger']}' S{v['source']} T{v['target']} "
            f"{v['date'].get('value')}/{v['date'].get('basis')} {v['modality']}  [{v['rule'][:70]}]")


def signature(v: dict) -> str:
    return json.dumps([v.get(k) for k in KEYS], sort_keys=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("new")
    ap.add_argument("base")
    ap.add_argument("--rounds", default="41-62")
    ap.add_argument("--show", type=int, default=1000)
    a = ap.parse_args()
    first, last = (int(x) for x in a.rounds.split("-"))
    new, base = events_by_sentence(Path(a.new)), events_by_sentence(Path(a.base))
    items = judged_items(first, last)
    by_sentence: dict = {}
    for it in items:
        by_sentence.setdefault((it["doc"], norm(it["sentence"])), []).append(it)
    changed = kept = lost = 0
    shown = 0
    for key, judged in sorted(by_sentence.items()):
        b = sorted(signature(v) for v in base.get(key, []))
        n = sorted(signature(v) for v in new.get(key, []))
        if b == n:
            kept += len(judged)
            continue
        changed += 1
        new_sigs = set(n)
        lost += sum(1 for it in judged if signature(it) not in new_sigs)
        kept += sum(1 for it in judged if signature(it) in new_sigs)
        if shown < a.show:
            shown += 1
            print(f"=== {key[0]}: {key[1][:300]}")
            for it in judged:
                bad = [k for k in ("event", "type", "source", "target", "date", "modality")
                       if not it["verdict"].get(k)]
                print(f"  JUDGED r{it['round']} {brief(it)}\n     wrong: {bad or 'none'}; {it['reasons'][:300]}")
            for v in base.get(key, []):
                print(f"  base  {brief(v)}")
            for v in new.get(key, []):
                print(f"  new   {brief(v)}")
    print(f"# {len(by_sentence)} judged sentences ({len(items)} judged events); {changed} sentences changed; "
          f"judged events kept identical {kept}, changed or gone {lost}")


if __name__ == "__main__":
    main()
