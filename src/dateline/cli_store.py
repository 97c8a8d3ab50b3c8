"""Store commands of the ``dateline`` CLI: a thin Click shell over ``dateline.store.Store``.

``register(group)`` adds ``ingest``, ``failures``, ``events``, ``quotes``, ``actors``,
``timeline``, ``search`` and ``export`` to a Click group. Data goes to stdout; progress and
messages to stderr. Exit codes: 0 ok, 1 some article failed (or the store failed), 2 usage.
"""

from __future__ import annotations

import csv
import functools
import json
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from dateline.errors import DatelineError

F = TypeVar("F", bound=Callable[..., Any])

DB_HELP = ("Database URL or SQLite file (default: $DATELINE_DB, else dateline.db here); "
           "PostgreSQL: postgresql+psycopg://user:pass@host/db.")
TABLE_WIDTH = 48


def db_option(func: F) -> F:
    return click.option("--db", metavar="URL", default=None, help=DB_HELP)(func)


def engine_options(func: F) -> F:
    """--engine local|dask, --scheduler ADDRESS, --partitions N (shared by extract and ingest)."""
    options = [
        click.option("--engine", "engine_name", type=click.Choice(["local", "dask"]),
                     default="local", show_default=True,
                     help="local: processes on this machine; dask: a Dask cluster."),
        click.option("--scheduler", metavar="ADDRESS",
                     help="Dask scheduler, e.g. tcp://10.0.0.5:8786 (default: a local cluster "
                          "of --workers processes, or one per core)."),
        click.option("--partitions", type=click.IntRange(min=1), metavar="N",
                     help="Dask: partitions of 16 articles in flight (default: 2 per worker)."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def make_engine(name: str, scheduler: str | None, partitions: int | None, **settings: Any) -> Any:
    """The engine the options chose; --scheduler and --partitions need --engine dask."""
    from dateline.engine import make_engine as engine_named

    if name != "dask" and (scheduler or partitions):
        raise click.UsageError("--scheduler and --partitions need --engine dask")
    return engine_named(name, scheduler=scheduler, partitions=partitions, **settings)


def output_options(func: F) -> F:
    """--json (default, an array) / --nl (one JSON object a line) / --csv / --table."""
    options = [
        click.option("--json", "fmt", flag_value="json", default=True,
                     help="A JSON array (default)."),
        click.option("--nl", "fmt", flag_value="nl", help="One JSON object per line."),
        click.option("--csv", "fmt", flag_value="csv", help="CSV with a header row."),
        click.option("--table", "fmt", flag_value="table", help="A readable table."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def handles_errors(func: F) -> F:
    """Print a DatelineError on stderr and exit with its code (usage errors: 2)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except DatelineError as exc:
            click.echo(f"dateline: {exc}", err=True)
            sys.exit(exc.exit_code)

    return wrapper  # type: ignore[return-value]


def emit(rows: list[dict[str, Any]], fmt: str, columns: tuple[str, ...] = ()) -> None:
    """Write rows to stdout in the chosen format."""
    from dateline.export import flat

    if fmt == "nl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
    elif fmt == "csv":
        if rows:
            writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows({k: flat(v) for k, v in row.items()} for row in rows)
    elif fmt == "table":
        click.echo(table(rows, columns or tuple(rows[0]) if rows else columns))
    else:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))


def table(rows: list[dict[str, Any]], columns: tuple[str, ...]) -> str:
    from dateline.export import flat

    cells = [[_cell(flat(row.get(c))) for c in columns] for row in rows]
    widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)) for r in cells]
    return "\n".join(line.rstrip() for line in lines)


def _cell(value: Any) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= TABLE_WIDTH else text[:TABLE_WIDTH - 1] + "…"


def _open(db: str | None) -> Any:
    from dateline.store import Store

    return Store.open(db)


@click.command()
@click.argument("paths", nargs=-1)
@db_option
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Local processes, each loading the spaCy pipeline once.")
@click.option("--reprocess", is_flag=True,
              help="Re-extract articles stored by another pipeline (rules) version; with no "
                   "PATHS, every such stored article.")
@click.option("--date", "anchor", metavar="YYYY-MM-DD",
              help="Anchor date for articles that carry none.")
@click.option("--batch-size", type=click.IntRange(min=1), default=50, show_default=True,
              help="Articles per transaction.")
@engine_options
@handles_errors
def ingest(paths: tuple[str, ...], db: str | None, workers: int, reprocess: bool,
           anchor: str | None, batch_size: int, engine_name: str, scheduler: str | None,
           partitions: int | None) -> None:
    """Extract articles and store their records (idempotent: stored articles are skipped).

    PATHS are files, folders (recursively) or - (stdin), as for `dateline extract`. Prints a
    JSON summary (added, replaced, unchanged, failed, rows) on stdout and a progress bar on
    stderr. An article that fails is recorded (see `dateline failures`) and the batch goes on.

    Exit codes: 0 all articles stored; 1 some article failed; 2 usage error.

    \b
    Example:
      dateline ingest samples/corpus
      dateline ingest corpus.jsonl --db postgresql+psycopg://me@localhost/news --workers 4
      dateline ingest --reprocess
      dateline ingest corpus.jsonl --engine dask --scheduler tcp://10.0.0.5:8786
    """
    from dateline.ingest.readers import read_inputs

    if not paths and not reprocess:
        raise click.UsageError("give PATHS to ingest, or --reprocess alone")
    engine = make_engine(engine_name, scheduler, partitions, workers=workers,
                         date=anchor if paths else None)
    with _open(db) as store:
        if paths:
            items = list(read_inputs(paths))
            with _Progress(len(items)) as tick:
                report = store.ingest_articles(items, reprocess=reprocess, batch_size=batch_size,
                                               progress=tick, engine=engine)
        else:
            with _Progress(None) as tick:
                report = store.reprocess_stored(batch_size=batch_size, progress=tick,
                                                engine=engine)
    for message in report.messages:
        click.echo(f"dateline: failed: {message}", err=True)
    summary = {"added": report.added, "replaced": report.replaced,
               "unchanged": report.unchanged, "failed": report.failed, "rows": report.rows}
    click.echo(json.dumps(summary))
    sys.exit(1 if report.failed else 0)


class _Progress:
    """A progress bar on stderr; entering it gives the function to advance it."""

    def __init__(self, total: int | None) -> None:
        self.bar: Any = click.progressbar(length=total, label="ingest", file=sys.stderr,
                                     show_pos=True)

    def __enter__(self) -> Callable[[int], None]:
        self.bar.__enter__()
        update: Callable[[int], None] = self.bar.update
        return update

    def __exit__(self, *exc: object) -> None:
        self.bar.__exit__(None, None, None)


@click.command()
@db_option
@output_options
@handles_errors
def failures(db: str | None, fmt: str) -> None:
    """List the articles that failed to ingest, with their messages.

    Exit codes: 0 ok; 1 the store could not be read; 2 usage error.

    \b
    Example:
      dateline failures --table
    """
    with _open(db) as store:
        emit(store.failures(), fmt, ("path", "source_id", "code", "message"))


@click.command()
@db_option
@click.option("--actor", metavar="NAME|CODE", help="An actor's name, alias or country code.")
@click.option("--type", "event_type", metavar="T", help="PLOVER event type, e.g. ACCUSE.")
@click.option("--since", metavar="D", help="From this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", metavar="D", help="Up to this date (inclusive).")
@click.option("--modality", type=click.Choice(
    ["asserted", "negated", "hypothetical", "future", "reported"]))
@click.option("--merged", is_flag=True, help="Events merged across articles, with counts.")
@output_options
@handles_errors
def events(db: str | None, actor: str | None, event_type: str | None, since: str | None,
           until: str | None, modality: str | None, merged: bool, fmt: str) -> None:
    """List stored events (one per article), or merged events with --merged.

    Exit codes: 0 ok; 1 the store could not be read; 2 usage error.

    \b
    Example:
      dateline events --actor RUS --type ACCUSE --since 2022-01 --table
      dateline events --merged --csv > merged.csv
    """
    filters = {"actor": actor, "type": event_type, "since": since, "until": until,
               "modality": modality}
    with _open(db) as store:
        if merged:
            emit(store.merged_events(**filters), fmt,
                 ("merged_id", "date", "type", "source", "target", "mentions", "articles",
                  "sources"))
        else:
            emit(store.events(**filters), fmt,
                 ("date_sort", "type", "modality", "source", "target", "trigger", "sentence"))


@click.command()
@db_option
@click.option("--speaker", metavar="NAME|CODE", help="Speaker name, alias or country code.")
@click.option("--contains", metavar="TEXT", help="Words the quote contains.")
@output_options
@handles_errors
def quotes(db: str | None, speaker: str | None, contains: str | None, fmt: str) -> None:
    """List stored quotes: who said what, when.

    Exit codes: 0 ok; 1 the store could not be read; 2 usage error.

    \b
    Example:
      dateline quotes --speaker Lavrov --contains sanctions --table
    """
    with _open(db) as store:
        emit(store.quotes(speaker=speaker, contains=contains), fmt,
             ("date", "kind", "speaker", "speaker_actor", "content"))


@click.command()
@db_option
@output_options
@handles_errors
def actors(db: str | None, fmt: str) -> None:
    """List canonical actors (merged across articles) with their counts and names seen.

    Exit codes: 0 ok; 1 the store could not be read; 2 usage error.

    \b
    Example:
      dateline actors --table
    """
    with _open(db) as store:
        emit(store.actors(), fmt,
             ("id", "name", "kind", "country", "sector", "articles", "events", "quotes"))


@click.command()
@click.argument("actor")
@db_option
@output_options
@handles_errors
def timeline(actor: str, db: str | None, fmt: str) -> None:
    """Events and quotes involving ACTOR (a name, alias or code), in date order.

    Exit codes: 0 ok (an unknown actor gives an empty list and a note on stderr); 1 the store
    could not be read; 2 usage error.

    \b
    Example:
      dateline timeline Russia --table
      dateline timeline UKR --nl
    """
    with _open(db) as store:
        rows = store.timeline(actor)
    if not rows:
        click.echo(f"dateline: no events or quotes involve {actor!r}", err=True)
    emit(rows, fmt, ("date", "kind", "type", "source", "target", "text"))


@click.command()
@click.argument("words", nargs=-1, required=True)
@db_option
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
@output_options
@handles_errors
def search(words: tuple[str, ...], db: str | None, limit: int, fmt: str) -> None:
    """Full-text search of stored articles (every word must occur), best match first.

    Exit codes: 0 ok; 1 the store could not be read; 2 usage error.

    \b
    Example:
      dateline search "water cannon" --table
    """
    with _open(db) as store:
        emit(store.search(" ".join(words), limit=limit), fmt,
             ("document_date", "title", "path", "snippet"))


@click.command(name="export")
@db_option
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "parquet", "gdelt",
                                                     "plover"]), required=True)
@click.option("--rows", "what", type=click.Choice(["events", "merged", "quotes", "actors",
                                                    "records"]),
              default="events", show_default=True, help="What csv/jsonl/parquet export.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Write to this file instead of stdout.")
@handles_errors
def export_command(db: str | None, fmt: str, what: str, output: str | None) -> None:
    """Export the store: csv, jsonl, parquet, gdelt (GDELT 2.0 event table) or plover.

    gdelt writes one tab-separated line per merged event in the 61 GDELT 2.0 columns (no
    header) with mention, source and article counts; plover writes PLOVER JSONL, one object
    per event. The row count goes to stderr.

    Exit codes: 0 ok; 1 the store could not be read; 2 usage error.

    \b
    Example:
      dateline export --format gdelt -o events.tsv
      dateline export --format parquet --rows quotes -o quotes.parquet
    """
    from dateline.export import export

    binary = fmt == "parquet"
    with _open(db) as store:
        if output:
            with open(output, "wb" if binary else "w", encoding=None if binary else "utf-8",
                      newline=None if binary else "") as stream:
                count = export(store, fmt, stream, what=what)
        else:
            stream_out: Any = sys.stdout.buffer if binary else sys.stdout
            count = export(store, fmt, stream_out, what=what)
    click.echo(f"dateline: exported {count} rows", err=True)


COMMANDS = (ingest, failures, events, quotes, actors, timeline, search, export_command)


def register(group: click.Group) -> None:
    """Add the store commands to the ``dateline`` group."""
    for command in COMMANDS:
        group.add_command(command)
