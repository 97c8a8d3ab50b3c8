"""Store commands of the ``dateline`` CLI: a thin Click shell over ``dateline.store.Store``,
``dateline.batch`` (ingest), ``dateline.frames`` (dyads) and ``dateline.export``; the shared
options and output formats are in ``cli_options.py``.

``register(group)`` adds ``ingest``, ``migrate``, ``failures``, ``events``, ``dyads``,
``quotes``, ``actors``, ``timeline``, ``search`` and ``export`` to a Click group. Data goes to
stdout; progress and messages to stderr. Exit codes: 0 ok, 1 some article failed (or the store
could not be opened or read), 2 usage error. Read commands open the store read-only and never
create or migrate it (``--create`` makes an empty store first); only ``ingest`` and
``migrate`` write.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from dateline.cli_options import (
    date_options,
    db_option,
    emit,
    engine_options,
    event_filters,
    event_options,
    handles_errors,
    limit_option,
    make_engine,
    open_store,
    output_options,
    read_db_options,
    withhold_option,
)
from dateline.errors import DatelineError, UsageError

if TYPE_CHECKING:
    from dateline.engine import Engine
    from dateline.store import IngestReport, Store


@click.command()
@click.argument("paths", nargs=-1)
@db_option
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Local worker processes, each loading the spaCy pipeline once and watched "
                   "against DATELINE_WORKER_MEMORY (1: this process, unless that is set).")
@click.option("--reprocess", is_flag=True,
              help="Re-extract articles stored by another pipeline (rules) version or with "
                   "another --min-confidence; with no PATHS, every such stored article.")
@click.option("--date", "anchor", metavar="YYYY-MM-DD",
              help="Anchor date for articles that carry none.")
@click.option("--batch-size", type=click.IntRange(min=1), default=50, show_default=True,
              help="Articles per transaction.")
@click.option("--lexicon", "lexicons", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra YAML lexicon merged over the built-in data (repeatable); it travels "
                   "to every worker.")
@engine_options
@withhold_option
@handles_errors
def ingest(paths: tuple[str, ...], db: str | None, workers: int, reprocess: bool,
           anchor: str | None, batch_size: int, lexicons: tuple[str, ...], engine_name: str,
           scheduler: str | None, partitions: int | None, min_confidence: float | None) -> None:
    """Extract articles and store their records (idempotent: stored articles are skipped).

    PATHS are files, folders (recursively) or - (stdin), as for `dateline extract`. Prints a
    JSON summary (added, replaced, unchanged, failed, rows) on stdout and a progress bar on
    stderr. An article that fails is recorded (see `dateline failures`) and the batch goes on.
    Creates the store where none exists; refuses a file that is not a dateline store.

    Exit codes: 0 all articles stored; 1 some article failed, or the store could not be
    opened; 2 usage error.

    \b
    Example:
      dateline ingest samples/corpus
      dateline ingest corpus.jsonl --db postgresql+psycopg://me@localhost/news --workers 4
      dateline ingest --reprocess
      dateline ingest corpus.jsonl --engine dask --scheduler tcp://10.0.0.5:8786
    """
    from dateline.dates import iso_date
    from dateline.store import Store

    if not paths and not reprocess:
        raise click.UsageError("give PATHS to ingest, or --reprocess alone")
    if anchor is not None and iso_date(anchor) != anchor:
        raise click.UsageError(f"--date must be a real YYYY-MM-DD date, got {anchor!r}")
    engine = make_engine(engine_name, scheduler, partitions, workers=workers,
                         date=anchor if paths else None, lexicons=lexicons,
                         min_confidence=min_confidence)
    with Store.open(db) as store:
        report = _ingest_into(store, paths, reprocess, batch_size, engine)
    _print_report(report)
    sys.exit(1 if report.failed else 0)


def _ingest_into(store: Store, paths: tuple[str, ...], reprocess: bool, batch_size: int,
                 engine: Engine) -> IngestReport:
    """Extract and store the articles of ``paths`` or, with no paths, re-extract the stored
    articles of other rules, with a progress bar."""
    from dateline import batch
    from dateline.ingest.readers import read_inputs

    if paths:
        items = list(read_inputs(paths))
        with _Progress(len(items)) as tick:
            return batch.ingest_articles(store, items, reprocess=reprocess,
                                         batch_size=batch_size, progress=tick, engine=engine)
    old = batch.outdated(store, engine.min_confidence)
    with _Progress(len(old)) as tick:
        return batch.reprocess(store, old, batch_size=batch_size, progress=tick, engine=engine)


def _print_report(report: IngestReport) -> None:
    """The failures on stderr, one line each, and the JSON summary on stdout."""
    for message in report.messages:
        click.echo(f"dateline: failed: {message}", err=True)
    summary = {"added": report.added, "replaced": report.replaced,
               "unchanged": report.unchanged, "failed": report.failed, "rows": report.rows}
    click.echo(json.dumps(summary))


class _Progress:
    """A progress bar on stderr; entering it gives the function to advance it."""

    def __init__(self, total: int) -> None:
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
@handles_errors
def migrate(db: str | None) -> None:
    """Create a store, or bring a dateline store up to this version's schema.

    Prints the names of the migrations applied (a JSON list). Refuses a file that is not a
    dateline store.

    Exit codes: 0 ok; 1 the store could not be opened or migrated; 2 usage error.

    \b
    Example:
      dateline migrate --db news.db
    """
    from dateline.store import Store
    from dateline.store.migrations import applied

    with Store.open(db, mode="write", migrate_schema=False) as store:
        from dateline.store.migrations import migrate as run

        done = run(store.engine)
        click.echo(json.dumps({"applied": done, "schema": applied(store.engine)}))


@click.command()
@read_db_options
@output_options
@handles_errors
def failures(db: str | None, create: bool, fmt: str, columns: str | None) -> None:
    """List the articles that failed to ingest, with their messages.

    Exit codes: 0 ok; 1 the store could not be read; 2 usage error.

    \b
    Example:
      dateline failures --table
    """
    with open_store(db, create=create) as store:
        emit(store.failures(), fmt, ("path", "source_id", "code", "message"), columns)


@click.command()
@read_db_options
@event_options
@click.option("--merged", is_flag=True, help="Events merged across articles, with counts.")
@limit_option()
@click.option("--offset", type=click.IntRange(0, 10**9), default=None, help="Skip this many.")
@output_options
@handles_errors
def events(db: str | None, create: bool, merged: bool, fmt: str, columns: str | None,
           **kwargs: Any) -> None:
    """List stored events (one per article, lists of actors), or merged events with --merged.

    Dates carry date_start, date_end (ISO) and date_precision beside the TIMEX3 value;
    --since/--until match by overlap (--within: inside), --precision keeps precise dates.
    Invalid dates, unknown types or modalities are usage errors that name the valid values.
    --near PLACE (--km, default 50) and --country ISO3 select events by where they happened;
    an unknown or ambiguous place is a usage error that lists the candidates.

    Exit codes: 0 ok; 1 the store could not be read; 2 usage error.

    \b
    Example:
      dateline events --source RUS --type ACCUSE --since 2022-01 --precision day --table
      dateline events --merged --csv > merged.csv
      dateline events --near Kharkiv --km 30 --type ASSAULT --table
    """
    filters = event_filters(kwargs)
    with open_store(db, create=create) as store:
        if merged:
            emit(store.merged_events(**filters), fmt,
                 ("merged_id", "date", "type", "source", "target", "mentions", "articles",
                  "sources"), columns)
        else:
            emit(store.events(**filters), fmt,
                 ("date", "date_precision", "type", "modality", "source", "target",
                  "trigger"), columns)


@click.command()
@read_db_options
@click.option("--by", "period", type=click.Choice(["day", "week", "month", "quarter", "year"]),
              default="month", show_default=True, help="The period events are counted by.")
@event_options
@output_options
@handles_errors
def dyads(db: str | None, create: bool, period: str, fmt: str, columns: str | None,
          **kwargs: Any) -> None:
    """Count events per source x target dyad and period (one row per dyad and period).

    An event counts in a period only when its whole date interval lies inside it (a date
    known only to the year is not counted in a month); how many were left out goes to stderr.

    Exit codes: 0 ok; 1 the store could not be read; 2 usage error.

    \b
    Example:
      dateline dyads --by month --type ACCUSE,THREATEN --table
    """
    from dateline.frames import count_dyads

    with open_store(db, create=create) as store:
        counted = count_dyads(store.dyads(**event_filters(kwargs)), period)
    left_out = counted.attrs.get("left_out", 0)
    if left_out:
        click.echo(f"dateline: {left_out} dyad rows have dates coarser than a {period} "
                   "(or none) and are not counted", err=True)
    counted["period"] = counted["period"].dt.strftime("%Y-%m-%d")
    rows = [{str(k): _plain(v) for k, v in row.items()}
            for row in counted.to_dict(orient="records")]
    emit(rows, fmt, ("period", "source", "target", "events", "articles", "goldstein"), columns)


def _plain(value: Any) -> Any:
    """A JSON-ready value from a pandas cell (numpy numbers, NaN)."""
    if hasattr(value, "item"):
        value = value.item()
    return None if isinstance(value, float) and value != value else value


@click.command()
@read_db_options
@click.option("--speaker", metavar="NAME|CODE", help="Speaker name, alias or country code.")
@click.option("--contains", metavar="TEXT", help="Words the quote contains (at most 200 chars).")
@click.option("--class", "cue_class", metavar="CLASS[,CLASS]",
              help="Cue classes to list: speech, document, thought, intention, perception, or "
                   "all (default: speech,document).")
@date_options
@limit_option()
@click.option("--offset", type=click.IntRange(0, 10**9), default=None, help="Skip this many.")
@output_options
@handles_errors
def quotes(db: str | None, create: bool, fmt: str, columns: str | None, **kwargs: Any) -> None:
    """List stored quotes: who said what, when (dates as for events). Statements and documents
    by default; beliefs, intentions and perceptions with --class.

    Exit codes: 0 ok; 1 the store could not be read; 2 usage error.

    \b
    Example:
      dateline quotes --speaker Lavrov --contains sanctions --since 2022 --table
      dateline quotes --class speech,thought --csv
    """
    from dateline.store.filters import DateFilter, bounded_text, quote_classes

    filters = {k: v for k, v in kwargs.items() if v not in (None, False)}
    DateFilter(filters.get("since"), filters.get("until")).window()
    bounded_text(filters.get("contains"), "contains")
    quote_classes(filters.get("cue_class"))
    with open_store(db, create=create) as store:
        emit(store.quotes(**filters), fmt,
             ("date", "kind", "cue_class", "speaker", "speaker_actor", "content"), columns)


@click.command()
@read_db_options
@output_options
@handles_errors
def actors(db: str | None, create: bool, fmt: str, columns: str | None) -> None:
    """List canonical actors (merged across articles) with their counts and names seen.

    Exit codes: 0 ok; 1 the store could not be read; 2 usage error.

    \b
    Example:
      dateline actors --table
    """
    with open_store(db, create=create) as store:
        emit(store.actors(), fmt,
             ("id", "name", "kind", "country", "sector", "articles", "events", "quotes"),
             columns)


@click.command()
@click.argument("actor")
@read_db_options
@output_options
@handles_errors
def timeline(actor: str, db: str | None, create: bool, fmt: str, columns: str | None) -> None:
    """Events and quotes involving ACTOR (a name, alias or code), in date order.

    Exit codes: 0 ok (an unknown actor gives an empty list and a note on stderr); 1 the store
    could not be read; 2 usage error.

    \b
    Example:
      dateline timeline Russia --table
      dateline timeline UKR --nl
    """
    with open_store(db, create=create) as store:
        rows = store.timeline(actor)
    if not rows:
        click.echo(f"dateline: no events or quotes involve {actor!r}", err=True)
    emit(rows, fmt, ("date", "kind", "type", "source", "target", "text"), columns)


@click.command()
@click.argument("words", nargs=-1, required=True)
@read_db_options
@limit_option(50)
@output_options
@handles_errors
def search(words: tuple[str, ...], db: str | None, create: bool, limit: int, fmt: str,
           columns: str | None) -> None:
    """Full-text search of stored articles (every word must occur), best match first.

    At most 32 different words of at most 64 characters each (repeats count once).

    Exit codes: 0 ok; 1 the store could not be read; 2 usage error.

    \b
    Example:
      dateline search "water cannon" --table
    """
    with open_store(db, create=create) as store:
        emit(store.search(" ".join(words), limit=limit), fmt,
             ("document_date", "title", "path", "snippet"), columns)


@click.command(name="export")
@read_db_options
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "parquet", "gdelt",
                                                     "plover"]), required=True)
@click.option("--rows", "what", type=click.Choice(["events", "merged", "quotes", "times",
                                                    "actors", "records", "threads"]),
              default="events", show_default=True,
              help="What to export: events (one row per dyad), merged, quotes, times, actors, "
                   "records or threads (jsonl only: one exchange thread a line, every step "
                   "with its evidence and source). gdelt and plover write events only.")
@click.option("--fill-dates", type=click.Choice(["none", "start", "end"]), default="none",
              show_default=True,
              help="gdelt: fill Day of a date coarser than a day with its first or last day.")
@event_options
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Write to this file instead of stdout (written whole, then renamed).")
@handles_errors
def export_command(db: str | None, create: bool, fmt: str, what: str, fill_dates: str,
                   output: str | None, **kwargs: Any) -> None:
    """Export the store: csv, jsonl, parquet, gdelt (GDELT 2.0 event table) or plover.

    Tabular exports have one row per dyad (source actor x target actor) with event_id to
    regroup, date_start/date_end/date_precision, CAMEO code as text, Goldstein score and
    QuadClass. gdelt writes the 61 GDELT 2.0 columns (no header), one line per merged event
    and dyad, Day empty for dates coarser than a day unless --fill-dates. plover writes PLOVER
    JSONL. Parquet is never written to a terminal. The row count goes to stderr.

    Exit codes: 0 ok; 1 the store could not be read or the file written; 2 usage error.

    \b
    Example:
      dateline export --format gdelt -o events.tsv
      dateline export --format parquet --since 2022 -o events.parquet
      dateline export --format jsonl --rows threads -o threads.jsonl
    """
    from dateline.export import check_request, export

    check_request(fmt, what, fill_dates)
    filters = event_filters(kwargs)
    binary = fmt == "parquet"
    if output is None and binary and stdout_is_terminal():
        raise UsageError("parquet is binary: write it to a file with -o, or redirect stdout")
    with open_store(db, create=create) as store:
        if output:
            with _atomic(Path(output), binary) as stream:
                count = export(store, fmt, stream, what=what, filters=filters,
                               fill_dates=fill_dates)
        else:
            stream_out: Any = sys.stdout.buffer if binary else sys.stdout
            count = export(store, fmt, stream_out, what=what, filters=filters,
                           fill_dates=fill_dates)
    click.echo(f"dateline: exported {count} rows", err=True)


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


@contextmanager
def _atomic(path: Path, binary: bool) -> Iterator[Any]:
    """A file written whole or not at all: a temporary file beside it, renamed at the end."""
    folder = path.parent
    if not folder.is_dir():
        raise UsageError(f"cannot write {path}: the folder {folder} does not exist")
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise DatelineError(f"cannot write {path}: {exc.strerror or exc}") from exc
    try:
        stream: Any = os.fdopen(handle, "wb") if binary else os.fdopen(
            handle, "w", encoding="utf-8", newline="")
        with stream:
            yield stream
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


COMMANDS = (ingest, migrate, failures, events, dyads, quotes, actors, timeline, search,
            export_command)


def register(group: click.Group) -> None:
    """Add the store commands to the ``dateline`` group."""
    for command in COMMANDS:
        group.add_command(command)
