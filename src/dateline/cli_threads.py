"""``dateline threads`` and ``dateline thread``: exchanges followed across the stored articles.

Threads are read from the store, where ingest links each new article's threads to the ones
already stored (``dateline.store.threads``); see ``dateline.exchanges`` for the rule.
"""

from __future__ import annotations

import json

import click

from dateline.cli_options import emit, handles_errors, open_store, output_options, read_db_options
from dateline.errors import DatelineError, UsageError


def _checked_date(value: str | None, option: str) -> str | None:
    from dateline.intervals import interval

    if value is not None and interval(value) is None:
        raise UsageError(f"{option} {value!r} is not a date: give YYYY, YYYY-MM or YYYY-MM-DD")
    return value


@click.command()
@click.option("--actor", metavar="CODE", help="Only threads with this party (ISO-3 or IGO code).")
@click.option("--since", metavar="D", help="Only threads active on or after D.")
@click.option("--until", metavar="D", help="Only threads active on or before D.")
@read_db_options
@output_options
@handles_errors
def threads(actor: str | None, since: str | None, until: str | None, db: str | None,
            create: bool, fmt: str, columns: str | None) -> None:
    """Exchange threads in the store: object, parties, steps, dates and where each stands.

    Exit codes: 0 ok; 1 the store could not be read; 2 usage error.

    \b
    Example:
      dateline threads --actor RUS --since 2022-01 --table
    """
    _checked_date(since, "--since")
    _checked_date(until, "--until")
    with open_store(db, create=create) as store:
        rows = store.threads(actor=actor, since=since, until=until)
    emit(rows, fmt, ("id", "object", "parties", "steps", "articles", "first", "last", "state"),
         columns)


@click.command()
@click.argument("thread_id")
@click.option("--as-of", metavar="YYYY-MM-DD", help="Where the thread stood on this date.")
@click.option("--table", "as_table", is_flag=True, help="Steps as a readable table.")
@read_db_options
@handles_errors
def thread(thread_id: str, as_of: str | None, as_table: bool, db: str | None,
           create: bool) -> None:
    """One exchange thread: its steps in order with evidence, and its state as of a date.

    Exit codes: 0 ok; 1 no such thread, or the store could not be read; 2 usage error.

    \b
    Example:
      dateline thread x1a2b3c4d5e6f --as-of 2022-01-20
    """
    from dateline.exchanges import thread_detail

    _checked_date(as_of, "--as-of")
    with open_store(db, create=create) as store:
        found = store.thread(thread_id)
    if found is None:
        raise DatelineError(f"no thread {thread_id!r} in the store: `dateline threads` lists them")
    detail = thread_detail(found, as_of)
    if as_table:
        rows = [{**s, "evidence": " | ".join(e["text"] for e in s["evidence"])}
                for s in detail["steps"]]
        emit(rows, "table", ("date", "role", "modality", "source", "target", "evidence"))
        return
    click.echo(json.dumps(detail, ensure_ascii=False, indent=2))


COMMANDS = (threads, thread)
