"""Round 40 sampler: round 19's (60 events of the NGEC test stories in sentences never shown to rule
writers, 12 first paragraphs never shown, a seed per judge), with the exposures as they stood when round 40
was drawn: every judged item of rounds 3-39 and pairs up to pairs62 (round 40 itself and pairs65, drawn at the
same time, are left out so that a re-run gives the same items).

usage (from docs/judged/round40): python sample40.py SEED RECORDS.jsonl EVENTS_OUT.jsonl PARAGRAPHS_OUT.jsonl
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "round19"))
import sample19  # noqa: E402

if __name__ == "__main__":
    sample19.LATER = ("round40", "pairs65")
    sample19.sample18.SEED = int(sys.argv.pop(1))
    sample19.sample18.JUDGED = Path(__file__).resolve().parents[1]  # this checkout's judgings
    sample19.sample18.exposures = sample19.exposures
    sample19.sample18.main()
