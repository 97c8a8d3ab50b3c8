"""Proof that the times stage's gated patterns find exactly what its patterns find.

``stages.regex_gate.gated`` puts each time pattern behind a lookahead for the characters its
matches can start with (read from the parsed pattern), so that the scan rejects most positions
at once. This runs every pattern of the built-in lexicon both ways over the cleaned texts of
the sample corpus, the 120 MEANTIME articles and all synthetic stories, compares every match
(span and named groups), and prints the matches compared, the patterns that differ (must be
0) and the CPU time of both.

Run: ``python bench/pattern_identity.py``; exits 1 when a pattern differs.
"""

from __future__ import annotations

import sys
import time

import corpora

from dateline.ingest.clean import clean
from dateline.lexicons import LexiconData, using
from dateline.stages import regex_gate
from dateline.stages.time_patterns import patterns


def main() -> None:
    articles = corpora.sample() + corpora.meantime() + corpora.synthetic()
    texts = [clean(a.text).text for a in articles]
    with using(LexiconData()):
        found = patterns()
    differing, matches, plain, gated = 0, 0, 0.0, 0.0
    for name, pattern in found:
        started = time.process_time()
        before = [[(m.span(), m.groupdict()) for m in pattern.finditer(t)] for t in texts]
        middle = time.process_time()
        faster = regex_gate.gated(pattern)
        after = [[(m.span(), m.groupdict()) for m in faster.finditer(t)] for t in texts]
        plain, gated = plain + middle - started, gated + time.process_time() - middle
        matches += sum(map(len, before))
        if before != after:
            differing += 1
            print(f"{name}: the gated pattern finds other matches")
    print(f"{len(texts)} texts, {len(found)} patterns, {matches:,} matches compared, "
          f"{differing} patterns differing; CPU {plain:.2f} s plain, {gated:.2f} s gated")
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
