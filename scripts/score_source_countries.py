"""Print the share of source actors naming a state actor or politician that carry a country.

    python scripts/score_source_countries.py [--sets news_events,event_cases]

Over the events the pipeline finds in each case set's dev and test parts (aggregates only: no
test case is shown). A source actor "names a state actor or politician" when it is a country,
or a person, group or organisation of a state sector (GOV, LEG, JUD, MIL, COP, SPY, ELI), or a
person whose role is a political title though the pipeline gave no sector ("the king", as a
coder would count it: act7); the figure is the share of those that carry a country (issue 12,
judged target: 80%). The second figure adds the speakers of quotes, as the judged samples do.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from dateline.event_scores import _records, load_cases
from dateline.record import Actor, Record
from dateline.stages.actor_lexicon import code_description

REPO = Path(__file__).resolve().parents[1]
STATE_SECTORS = {"GOV", "LEG", "JUD", "MIL", "COP", "SPY", "ELI"}


def state_sources(record: Record, speakers: bool = False) -> tuple[int, int]:
    """(state actors or politicians among event sources, those of them with a country); with
    ``speakers``, the speakers of quotes count as sources too."""
    actors = {a.id: a for a in record.actors}
    ids = {i for e in record.events for i in e.source if i in actors}
    if speakers:
        ids |= {q.speaker.actor for q in record.quotes
                if q.speaker is not None and q.speaker.actor in actors}
    state = [actors[i] for i in ids if _state(actors[i])]
    return len(state), sum(a.country is not None for a in state)


def _state(actor: Actor) -> bool:
    if actor.kind == "country" or actor.sector in STATE_SECTORS:
        return True
    return actor.kind == "person" and actor.sector is None and political_title(actor.role)


def political_title(role: str | None) -> bool:
    """A role whose title holds a state office ("King", "Senator", "minister")."""
    if not role:
        return False
    code = code_description(role)
    return code.role_kind == "title" and code.sector in STATE_SECTORS


def main() -> None:
    # A measurement must not depend on how loaded the machine is: no per-article time budget.
    os.environ.setdefault("DATELINE_ARTICLE_TIMEOUT", "0")
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default="news_events,event_cases")
    args = parser.parse_args()
    for name in args.sets.split(","):
        for part in ("dev", "test"):
            cases = load_cases(REPO / "tests" / "data" / name / f"{part}.yaml")
            records = _records((c["text"], str(c.get("document_date"))) for c in cases)
            counts = [0, 0, 0, 0]
            for record in records:
                if record is not None:
                    counts[0:2] = map(sum, zip(counts[0:2], state_sources(record), strict=True))
                    counts[2:4] = map(sum, zip(counts[2:4], state_sources(record, True),
                                               strict=True))
            total, with_country, total_q, with_q = counts
            share = with_country / total if total else 0.0
            share_q = with_q / total_q if total_q else 0.0
            print(f"{name:12} {part:4} state sources {total:3}  with a country {with_country:3}"
                  f"  share {share:.3f} | with speakers {total_q:3} {with_q:3} {share_q:.3f}")


if __name__ == "__main__":
    main()
