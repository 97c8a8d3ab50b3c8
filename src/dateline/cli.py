"""The ``dateline`` command: a thin Click shell over the library.

Data goes to stdout, progress and logs to stderr. Exit codes: 0 success, 1 when any article
failed (its error record is in the output), 2 for usage errors.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from typing import Any

import click

from dateline import __version__
from dateline.cli_options import engine_options, withhold_option
from dateline.errors import DatelineError

FORMATS = click.Choice(["jsonl", "json", "table"])


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dateline")
def main() -> None:
    """dateline: who did what to whom, when, and who said what, from news text.

    Exit codes: 0 success; 1 some article failed (its error record is in the output);
    2 usage error.
    """


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--date", "anchor", metavar="YYYY-MM-DD",
              help=("Anchor date for articles that carry none (no metadata date,"
                    " dateline or date line)."))
@click.option("--format", "fmt", type=FORMATS, default="jsonl", show_default=True,
              help="jsonl: one record per line; json: an array; table: readable summary.")
@click.option("--model", default=None, help="Any installed spaCy pipeline (default: English sm).")
@click.option("--lexicon", "lexicons", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra YAML lexicon merged over the built-in data (repeatable).")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Local worker processes, each under DATELINE_WORKER_MEMORY (1: this process, "
                   "unless that is set), or with --engine dask and no --scheduler the local "
                   "cluster's worker processes.")
@engine_options
@withhold_option
def extract(paths: tuple[str, ...], anchor: str | None, fmt: str, model: str | None,
            lexicons: tuple[str, ...], workers: int, engine_name: str, scheduler: str | None,
            partitions: int | None, min_confidence: float | None) -> None:
    """Extract records from files, folders (recursively) or - (stdin).

    Reads .txt/.md, .html/.htm, and .jsonl/.csv corpora (a `text` field per line or row;
    optional id, title, url, publisher, date/published). Prints one record per article in
    input order; an article that fails yields {"error": {...}, "source": {...}}.

    Exit codes: 0 all articles extracted; 1 some article failed; 2 usage error.

    \b
    Example:
      dateline extract samples/corpus --format table
      cat article.txt | dateline extract - --date 2022-01-26
      dateline extract corpus.jsonl --lexicon mine.yaml --workers 2
      dateline extract corpus.jsonl --engine dask --scheduler tcp://10.0.0.5:8786
      dateline extract article.txt --min-confidence 0   # every event the rules found
    """
    from dateline.cli_options import make_engine
    from dateline.ingest.readers import read_inputs

    _check_date(anchor)
    engine = make_engine(engine_name, scheduler, partitions, workers=workers, date=anchor,
                         model=model, lexicons=lexicons, progress=_progress(engine_name),
                         min_confidence=min_confidence)
    failed = _emit(_guard(engine.extract_many(read_inputs(paths))), fmt)
    if engine_name == "dask":
        click.echo("", err=True)  # end the progress line
    sys.exit(1 if failed else 0)


def _progress(engine_name: str) -> Any:
    """A count of extracted articles on stderr (for the Dask engine, whose work is remote)."""
    done = [0]

    def tick(count: int) -> None:
        done[0] += count
        click.echo(f"\rdateline: {done[0]} articles extracted", err=True, nl=False)

    return tick if engine_name == "dask" else None


def _check_date(anchor: str | None) -> None:
    from dateline.dates import iso_date

    if anchor is not None and iso_date(anchor) != anchor:
        raise click.UsageError(f"--date must be YYYY-MM-DD, got {anchor!r}")


def _guard(results: Iterable[Any]) -> Iterator[Any]:
    try:
        yield from results
    except DatelineError as exc:
        click.echo(f"dateline: {exc}", err=True)
        sys.exit(exc.exit_code)


def _emit(results: Iterable[Any], fmt: str) -> int:
    """Write results in the chosen format; return how many were error records."""
    from dateline.record import ErrorRecord

    failed = 0
    first = True
    if fmt == "json":
        click.echo("[")
    for result in results:
        if isinstance(result, ErrorRecord):
            failed += 1
            click.echo(f"dateline: {result.source.path}: {result.message}", err=True)
        if fmt == "table":
            click.echo(_table_row(result))
        elif fmt == "json":
            click.echo(("" if first else ",\n") + result.to_json(indent=2), nl=False)
        else:
            click.echo(result.to_json())
        first = False
    if fmt == "json":
        click.echo("\n]")
    return failed


def _table_row(result: Any) -> str:
    from dateline.record import ErrorRecord

    if isinstance(result, ErrorRecord):
        return f"ERROR {result.source.path or result.source.id}: [{result.code}] {result.message}\n"
    lines = [f"== {result.source.path or result.source.id or result.id[:19]}  "
             f"date={result.document_date} ({result.document_date_source})"]
    names = {a.id: a.name for a in result.actors}
    for event in result.events:
        sources = ", ".join(names.get(i, i) for i in event.source) or "?"
        targets = ", ".join(names.get(i, i) for i in event.target) or "?"
        lines.append(f"  EVENT {event.date.value or '-':<10} {event.type:<9} {event.modality:<12} "
                     f"{sources} -> {targets}  [{event.trigger.text}]  "
                     f"confidence {event.confidence:.2f}")
    for quote in result.quotes:
        speaker = names.get(quote.speaker.actor or "", quote.speaker.text) if quote.speaker else "?"
        lines.append(f"  QUOTE {quote.kind:<8} {speaker}: {_short(quote.content.text)}")
    for time in result.times:
        lines.append(f"  TIME  {time.type:<8} {time.value:<14} {time.text}")
    return "\n".join(lines) + "\n"


def _short(text: str, width: int = 90) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


@main.command("eval")
@click.argument("golds", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
@click.option("--model", default=None, help="Any installed spaCy pipeline.")
def eval_command(golds: tuple[str, ...], fmt: str, model: str | None) -> None:
    """Score extraction against gold files: dateline-gold/1 JSON and MEANTIME-style JSONL.

    Prints precision, recall and F1 per kind (removed text, actors, times, quotes, events,
    not-events; time spans and values per type on MEANTIME).

    \b
    Example:
      dateline eval ../shared/eval/seed.gold.json ../shared/eval/meantime/docs.jsonl
    """
    from dateline.evaluate import evaluate_paths, format_table
    from dateline.pipeline import DEFAULT_MODEL

    report = evaluate_paths(list(golds), model=model or DEFAULT_MODEL)
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), indent=2))
    else:
        click.echo(format_table(report))


@main.command("code")
@click.argument("descriptions", nargs=-1)
@click.option("--file", "-f", "source", type=click.File("r", encoding="utf-8"),
              help="Read descriptions from FILE, one per line ('-' for stdin).")
@click.option("--date", "day", type=click.DateTime(formats=["%Y-%m-%d"]),
              help="Code named people as of this day (dated roles; ended roles give ELI).")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl",
              show_default=True)
def code_command(descriptions: tuple[str, ...], source: Any, day: Any, fmt: str) -> None:
    """Code actor descriptions: country (ISO-3 or IGO code), sector, kind, role and where the
    code came from, one row per description (JSON Lines or CSV). Descriptions come from the
    arguments, or from --file / stdin one per line ("-" as the only argument reads stdin).
    Needs no model: it reads the lexicon and the field dictionaries.

    \b
    Examples:
      dateline code "Armenian Prime Minister Nikol Pashinyan" "the DEA" "Houthi rebels"
      dateline code --file descriptions.txt --date 2020-01-01 --format csv
      printf 'soldiers\nformer President Obama\n' | dateline code -
    """
    import csv

    from dateline.coding import FIELDS, code_rows, descriptions_from_lines

    if descriptions == ("-",) and source is None:
        source = sys.stdin
        descriptions = ()
    if not descriptions and source is None:
        raise click.UsageError("give descriptions as arguments, or --file FILE, or - for stdin")
    texts = list(descriptions) if source is None else descriptions_from_lines(source)
    rows = code_rows(texts, day.date() if day else None)
    if fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return
    for row in rows:
        click.echo(json.dumps(row, ensure_ascii=False))


def _register_store_commands() -> None:
    from dateline.cli_store import register
    from dateline.cli_threads import COMMANDS as THREAD_COMMANDS

    register(main)
    for command in THREAD_COMMANDS:
        main.add_command(command)


_register_store_commands()
main.add_command(__import__("dateline.cli_web", fromlist=["serve"]).serve)
main.add_command(__import__("dateline.cli_explain", fromlist=["command"]).command)
