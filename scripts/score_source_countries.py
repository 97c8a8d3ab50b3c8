"""Print the share of source actors naming a state actor or politician that carry a country.

    python scripts/score_source_countries.py [--sets news_events,event_cases]

Over the events the pipeline finds in each case set's dev and test parts (aggregates only: no
test case is shown). A source actor "names a state actor or politician" when it is a country,
or a person, group or organisation of a state sector (GOV, LEG, JUD, MIL, COP, SPY, ELI); the
figure is the share of those that carry a country (issue 12, judged target: 80%).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from dateline.event_scores import _records, load_cases
from dateline.record import Record

REPO = Path(__file__).resolve().parents[1]
STATE_SECTORS = {"GOV", "LEG", "JUD", "MIL", "COP", "SPY", "ELI"}


def state_sources(record: Record) -> tuple[int, int]:
    """(state actors or politicians among event sources, those of them with a country)."""
    actors = {a.id: a for a in record.actors}
    ids = {i for e in record.events for i in e.source if i in actors}
    state = [actors[i] for i in ids
             if actors[i].kind == "country" or actors[i].sector in STATE_SECTORS]
    return len(state), sum(a.country is not None for a in state)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default="news_events,event_cases")
    args = parser.parse_args()
    for name in args.sets.split(","):
        for part in ("dev", "test"):
            cases = load_cases(REPO / "tests" / "data" / name / f"{part}.yaml")
            records = _records((c["text"], str(c.get("document_date"))) for c in cases)
            total = with_country = 0
            for record in records:
                if record is not None:
                    n, k = state_sources(record)
                    total, with_country = total + n, with_country + k
            share = with_country / total if total else 0.0
            print(f"{name:12} {part:4} state sources {total:3}  with a country {with_country:3}"
                  f"  share {share:.3f}")


if __name__ == "__main__":
    main()
