"""Print sampled items with their sentence and context: round 18's reader (../../round18/events-a-tools/show.py).

usage: show.py RECORDS.jsonl ITEMS.jsonl FIRST LAST
"""
import runpy
from pathlib import Path

if __name__ == "__main__":
    runpy.run_path(str(Path(__file__).resolve().parents[2] / "round18" / "events-a-tools" / "show.py"),
                   run_name="__main__")
