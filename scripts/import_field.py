"""Import the event-data field's dictionaries into ``src/dateline/lexicon/field/``.

    python scripts/import_field.py [DATA_DIR] [--plover FILE] [--out DIR]

DATA_DIR defaults to ``$DATELINE_SHARED/data``, else ``../shared/data`` beside the repository
(see its README.md); the PLOVER mapping to ``DATA_DIR/../eval/plover/cameo2plover.json``.
Deterministic and re-runnable: the same sources give byte-identical files. Prints counts and
every parse problem (errors: line skipped; warnings: line repaired; ``--verbose`` lists each),
which also go to ``MANIFEST.json``. Exits 1 when a source is missing. Never used at run time:
the package reads only the files written here.
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import datetime as dt
import gzip
import hashlib
import json
import os
import shutil
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from dateline.fielddicts import FORMAT, Plover
from dateline.fieldimport.agents import merge_agents, parse_agents, parse_discards
from dateline.fieldimport.cameo import PloverMap, parse_cameo
from dateline.fieldimport.countries import parse_countries
from dateline.fieldimport.phoenix import FileKey, parse_actors
from dateline.fieldimport.report import Report

REPO = Path(__file__).resolve().parents[1]
PETRARCH = {
    "repository": "https://github.com/openeventdata/UniversalPetrarch",
    "commit": "067552d83956f552d355256bf200e89ec9fdb7dc",
    "folder": "UniversalPetrarch/data/dictionaries/",
    "licence": "MIT (Open Event Data Alliance); see LICENSE.petrarch",
}
NGEC = {
    "repository": "https://github.com/ahalterman/NGEC-2025",
    "commit": "a3909e2aa02969ccaaa915a9626a5316e1cac0f8",
    "licence": "MIT; see LICENSE.ngec",
}
PLOVER = {
    "repository": "https://github.com/openeventdata/PLOVER",
    "licence": "CC BY-SA 4.0 (CAMEO2PLOVER-2021, PLOVER manual draft 0.8)",
}
ACTOR_FILES: tuple[tuple[FileKey, str], ...] = (
    ("countries", "petrarch/Phoenix.Countries.actors.txt"),
    ("international", "petrarch/Phoenix.International.actors.txt"),
    ("milnonstate", "petrarch/Phoenix.MilNonState.actors.txt"),
)
NGEC_LICENCE = """\
NGEC-2025 (https://github.com/ahalterman/NGEC-2025, commit {commit}) by Andy Halterman
is distributed under the MIT License, as declared in its pyproject.toml. The files imported
from it here are countries.jsonl (from countries.csv) and agents.jsonl.gz (from
PLOVER_agents.txt, which also carries the notice "Copyright (c) 2014 Open Event Data
Alliance", reproduced in LICENSE.petrarch's terms).

The MIT License (MIT)

Copyright (c) Andy Halterman and the NGEC contributors

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
"""


def jsonable(value: Any) -> Any:
    """Dataclasses to plain JSON values; empty token fields and ``exact: false`` left out."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
        if type(value).__name__ == "PatternToken":
            fields = {k: v for k, v in fields.items() if v not in ([], False)}
        return fields
    if isinstance(value, tuple | list):
        return [jsonable(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def write_jsonl(path: Path, header: dict[str, Any], rows: Sequence[Any]) -> None:
    """Header line then one compact JSON object a line; ``.gz`` files with a fixed mtime."""
    lines = [json.dumps({"format": FORMAT, **header, "count": len(rows)}, ensure_ascii=False)]
    lines += [
        json.dumps(jsonable(row), ensure_ascii=False, separators=(",", ":")) for row in rows
    ]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    if path.suffix == ".gz":
        data = gzip.compress(data, compresslevel=9, mtime=0)
    path.write_bytes(data)


def plover_tally(types: Iterable[Plover | None]) -> dict[str, int]:
    """Patterns per PLOVER type; ``none (CAMEO 01/02)`` for codes PLOVER does not type."""
    tally = collections.Counter(t.type if t else "none (CAMEO 01/02)" for t in types)
    return dict(sorted(tally.items()))


def source_entry(data: Path, relative: str, origin: dict[str, str]) -> dict[str, str]:
    digest = hashlib.sha256((data / relative).read_bytes()).hexdigest()
    return {"path": relative, **origin, "sha256": digest}


def read(data: Path, relative: str) -> str:
    return (data / relative).read_text(encoding="utf-8")


class Importer:
    def __init__(self, data: Path, plover: Path, out: Path) -> None:
        self.data, self.plover_path, self.out = data, plover, out
        self.reports: list[Report] = []
        self.outputs: list[dict[str, Any]] = []
        self.counts: dict[str, Any] = {}

    def report(self, relative: str) -> Report:
        report = Report(relative)
        self.reports.append(report)
        return report

    def emit(
        self, name: str, kind: str, sources: list[dict[str, str]], rows: Sequence[Any]
    ) -> None:
        write_jsonl(self.out / name, {"kind": kind, "sources": sources,
                                      "script": "scripts/import_field.py"}, rows)
        self.outputs.append({"file": name, "kind": kind, "count": len(rows),
                             "sources": [s["path"] for s in sources]})

    def cameo(self) -> None:
        relative = "petrarch/CAMEO.2.0.txt"
        mapping = json.loads(self.plover_path.read_text(encoding="utf-8"))
        parsed = parse_cameo(read(self.data, relative), PloverMap(mapping), self.report(relative))
        plover_source = {"path": "eval/plover/cameo2plover.json", **PLOVER,
                         "sha256": hashlib.sha256(self.plover_path.read_bytes()).hexdigest()}
        sources = [source_entry(self.data, relative, PETRARCH)]
        self.emit("cameo_synsets.jsonl", "cameo_synonym_sets", sources, parsed.synonym_sets)
        self.emit("cameo_verbs.jsonl.gz", "cameo_verb_blocks", [*sources, plover_source],
                  parsed.blocks)
        self.emit("cameo_patterns.jsonl.gz", "cameo_patterns", [*sources, plover_source],
                  parsed.patterns)
        patterns = parsed.patterns
        self.counts["cameo"] = {
            "synonym_sets": len(parsed.synonym_sets),
            "verb_blocks": len(parsed.blocks),
            "verbs": sum(len(b.verbs) for b in parsed.blocks),
            "patterns": len(patterns),
            "null_patterns [---]": sum(1 for p in patterns if not p.cameo and not p.cameo_reverse),
            "paired_patterns [a:b]": sum(1 for p in patterns if p.cameo and p.cameo_reverse),
            "reverse_only_patterns [:b]": sum(
                1 for p in patterns if p.cameo_reverse and not p.cameo
            ),
            "patterns_by_plover_type (source->target code)": plover_tally(
                p.plover for p in patterns if p.cameo
            ),
            "patterns_by_plover_type (target->source code)": plover_tally(
                p.plover_reverse for p in patterns if p.cameo_reverse
            ),
            "patterns_typed_by_root_default": sum(
                1 for p in patterns if p.plover is not None and p.plover.basis == "root"
            ),
            "transformation_lines_not_imported": parsed.transformations,
        }

    def actors(self) -> None:
        actors = []
        sources = []
        for key, relative in ACTOR_FILES:
            parsed = parse_actors(read(self.data, relative), key, self.report(relative))
            actors.extend(parsed)
            sources.append(source_entry(self.data, relative, PETRARCH))
            self.counts[f"actors_{key}"] = len(parsed)
        self.emit("phoenix_actors.jsonl.gz", "phoenix_actors", sources, actors)
        codes = [c for a in actors for c in a.codes]
        self.counts["actors"] = len(actors)
        self.counts["actor_names"] = sum(len(a.names) for a in actors)
        self.counts["actor_codes"] = len(codes)
        self.counts["actor_codes_dated"] = sum(1 for c in codes if c.dated)
        self.counts["actor_country_parts"] = dict(
            collections.Counter(c.country or "none" for c in codes).most_common(12)
        )

    def agents(self) -> None:
        preferred_path, fallback_path = "ngec/PLOVER_agents.txt", "petrarch/Phoenix.agents.txt"
        preferred = parse_agents(read(self.data, preferred_path), "ngec",
                                 self.report(preferred_path))
        fallback = parse_agents(read(self.data, fallback_path), "phoenix",
                                self.report(fallback_path))
        merged = merge_agents(preferred, fallback)
        sources = [source_entry(self.data, preferred_path, NGEC),
                   source_entry(self.data, fallback_path, PETRARCH)]
        self.emit("agents.jsonl.gz", "agents", sources, merged)
        self.counts["agents"] = len(merged)
        self.counts["agents_ngec"] = len(preferred)
        self.counts["agents_phoenix_only"] = len(merged) - len(preferred)
        self.counts["agents_person"] = sum(1 for a in merged if a.person)

    def discards_and_countries(self) -> None:
        relative = "petrarch/Phoenix.discards.txt"
        discards = parse_discards(read(self.data, relative), self.report(relative))
        self.emit("discards.jsonl", "discards", [source_entry(self.data, relative, PETRARCH)],
                  discards)
        self.counts["discards"] = len(discards)
        self.counts["discards_story"] = sum(1 for d in discards if d.scope == "story")
        relative = "ngec/countries.csv"
        countries = parse_countries(read(self.data, relative), self.report(relative))
        self.emit("countries.jsonl", "countries", [source_entry(self.data, relative, NGEC)],
                  countries)
        self.counts["countries"] = len(countries)

    def licences(self) -> None:
        shutil.copyfile(self.data / "petrarch" / "LICENSE", self.out / "LICENSE.petrarch")
        (self.out / "LICENSE.ngec").write_text(NGEC_LICENCE.format(commit=NGEC["commit"]),
                                               encoding="utf-8")

    def manifest(self) -> None:
        manifest = {
            "format": FORMAT,
            "script": "scripts/import_field.py",
            "sources": {"petrarch": PETRARCH, "ngec": NGEC, "plover_mapping": PLOVER},
            "outputs": self.outputs,
            "counts": self.counts,
            "problems": [r.as_json() for r in self.reports],
        }
        text = json.dumps(manifest, ensure_ascii=False, indent=1) + "\n"
        (self.out / "MANIFEST.json").write_text(text, encoding="utf-8")

    def run(self) -> None:
        self.out.mkdir(parents=True, exist_ok=True)
        self.cameo()
        self.actors()
        self.agents()
        self.discards_and_countries()
        self.licences()
        self.manifest()


def print_summary(importer: Importer, verbose: bool) -> None:
    print(json.dumps(importer.counts, indent=1))
    for report in importer.reports:
        print(f"{report.file}: {len(report.errors)} errors, {len(report.warnings)} warnings")
        for label, problems in (("error", report.errors), ("warning", report.warnings)):
            kinds = collections.Counter(p.message.split(":")[0] for p in problems)
            for message, count in kinds.most_common():
                print(f"  {label} x{count}: {message}")
            if verbose:
                for p in problems:
                    print(f"    {label} line {p.line}: {p.message} | {p.text[:100]}")


def default_data() -> Path:
    """``$DATELINE_SHARED/data`` when set (as for the tests), else ``../shared/data``."""
    shared = os.environ.get("DATELINE_SHARED")
    return Path(shared) / "data" if shared else REPO.parent / "shared" / "data"


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=default_data())
    parser.add_argument("--plover", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=REPO / "src" / "dateline" / "lexicon" / "field")
    parser.add_argument("--verbose", action="store_true", help="list every problem")
    args = parser.parse_args(list(argv) if argv is not None else None)
    plover = args.plover or args.data.parent / "eval" / "plover" / "cameo2plover.json"
    missing = [p for p in (args.data / "petrarch", args.data / "ngec", plover) if not p.exists()]
    if missing:
        print(f"missing source: {', '.join(map(str, missing))}", file=sys.stderr)
        return 1
    importer = Importer(args.data, plover, args.out)
    importer.run()
    print_summary(importer, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
