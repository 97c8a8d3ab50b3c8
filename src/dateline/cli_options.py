"""Options and output shared by the store commands (``cli_store.py``): --db/--create, output
formats (--json/--nl/--csv/--table/--columns), event and date filters, error handling; and the
engine options (--engine/--scheduler/--partitions) of ``extract`` and ``ingest``.
"""

from __future__ import annotations

import csv
import functools
import json
import sys
import warnings
from collections.abc import Callable
from typing import Any, TypeVar

import click

from dateline.errors import DatelineError, UsageError

F = TypeVar("F", bound=Callable[..., Any])

DB_HELP = ("Database URL or SQLite file (default: $DATELINE_DB, else dateline.db here); "
           "PostgreSQL: postgresql+psycopg://user:pass@host/db.")
TABLE_WIDTH = 48


def db_option(func: F) -> F:
    return click.option("--db", metavar="URL", default=None, help=DB_HELP)(func)


def read_db_options(func: F) -> F:
    """--db and --create for read commands (a missing store is an error without --create)."""
    func = click.option("--create", is_flag=True,
                        help="Create an empty store if none exists (otherwise an error).")(func)
    return db_option(func)


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


def withhold_option(func: F) -> F:
    """--min-confidence for the commands that extract (extract, ingest)."""
    from dateline.confidence import DEFAULT_MIN_CONFIDENCE

    return click.option(
        "--min-confidence", "min_confidence", type=click.FloatRange(0, 1), metavar="P",
        default=None,
        help=f"Withhold events whose confidence (the estimated chance a coder accepts all "
             f"their fields) is below P (default {DEFAULT_MIN_CONFIDENCE}; 0 keeps every event "
             f"the rules found).")(func)


def make_engine(name: str, scheduler: str | None, partitions: int | None, **settings: Any) -> Any:
    """The engine the options chose; --scheduler and --partitions need --engine dask."""
    from dateline.engine import make_engine as engine_named

    if name != "dask" and (scheduler or partitions):
        raise click.UsageError("--scheduler and --partitions need --engine dask")
    return engine_named(name, scheduler=scheduler, partitions=partitions, **settings)


def output_options(func: F) -> F:
    """--json (default, an array) / --nl (one JSON object a line) / --csv / --table, and
    --columns to choose the columns."""
    options = [
        click.option("--json", "fmt", flag_value="json", default=True,
                     help="A JSON array (default)."),
        click.option("--nl", "fmt", flag_value="nl", help="One JSON object per line."),
        click.option("--csv", "fmt", flag_value="csv", help="CSV with a header row."),
        click.option("--table", "fmt", flag_value="table", help="A readable table."),
        click.option("--columns", metavar="A,B,...", default=None,
                     help="Only these columns, in this order."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def handles_errors(func: F) -> F:
    """Print a DatelineError on stderr and exit with its code (usage errors: 2); warnings
    from libraries (pandas, pyarrow, SQLAlchemy) do not reach the terminal."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return func(*args, **kwargs)
        except UsageError as exc:
            raise click.UsageError(str(exc)) from exc
        except DatelineError as exc:
            click.echo(f"dateline: {exc}", err=True)
            sys.exit(exc.exit_code)

    return wrapper  # type: ignore[return-value]


def emit(rows: list[dict[str, Any]], fmt: str, columns: tuple[str, ...] = (),
         chosen: str | None = None) -> None:
    """Write rows to stdout in the chosen format (``chosen``: the --columns value)."""
    from dateline.export import flat

    if chosen is not None:
        rows, columns = select_columns(rows, chosen)

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


def select_columns(rows: list[dict[str, Any]], chosen: str
                   ) -> tuple[list[dict[str, Any]], tuple[str, ...]]:
    """Rows cut to the --columns asked for; an unknown column is a usage error."""
    wanted = tuple(c.strip() for c in chosen.split(",") if c.strip())
    known = tuple(rows[0]) if rows else wanted
    unknown = [c for c in wanted if c not in known]
    if unknown or not wanted:
        raise UsageError(f"unknown column {', '.join(unknown) or chosen!r}; choose from "
                         f"{', '.join(known)}")
    return [{c: row[c] for c in wanted} for row in rows], wanted


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


def open_store(db: str | None, *, create: bool = False) -> Any:
    """A store for a read command: read-only, or created first with --create."""
    from dateline.store import Store

    if create:
        Store.open(db, mode="create").close()
    return Store.open(db, mode="read")


def limit_option(default: int | None = None) -> Callable[[F], F]:
    from dateline.store.filters import MAX_LIMIT

    return click.option("--limit", type=click.IntRange(1, MAX_LIMIT), default=default,
                        show_default=default is not None, help="At most this many rows.")


def date_options(func: F) -> F:
    """--since / --until / --precision / --within, shared by events, dyads, quotes, export."""
    from dateline.store.filters import PRECISIONS

    options = [
        click.option("--since", metavar="D",
                     help="Dates overlapping the period from D (YYYY, YYYY-MM or YYYY-MM-DD)."),
        click.option("--until", metavar="D", help="... up to the end of D (inclusive)."),
        click.option("--precision", type=click.Choice(PRECISIONS),
                     help="Only dates at least this precise (month: day, week or month)."),
        click.option("--within", is_flag=True,
                     help="Dates inside --since/--until, not merely overlapping."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def event_options(func: F) -> F:
    """Event filters: actor (either side), source, target, type, cameo, modality, mode, place
    (near/km, country), confidence + dates."""
    options = [
        click.option("--actor", metavar="NAME|CODE", help="Either side: name, alias or code."),
        click.option("--source", metavar="NAME|CODE", help="The acting side only."),
        click.option("--target", metavar="NAME|CODE", help="The side acted upon only."),
        click.option("--type", "event_type", metavar="T[,T]",
                     help="PLOVER event types, e.g. ACCUSE or ACCUSE,THREATEN."),
        click.option("--cameo", metavar="CODE", help="A CAMEO code or prefix, e.g. 112 or 11."),
        click.option("--modality", metavar="M[,M]",
                     help="asserted, negated, hypothetical, future, reported."),
        click.option("--mode", metavar="MODE[,MODE]",
                     help="PLOVER modes (one the store holds; an unknown one names them)."),
        click.option("--near", metavar="PLACE|LAT,LON",
                     help="Events located within --km of a place (\"Kharkiv\", \"Springfield, "
                          "Illinois\") or of LAT,LON; an ambiguous place lists candidates."),
        click.option("--km", type=float, metavar="N",
                     help="The radius of --near in kilometres (default 50)."),
        click.option("--country", metavar="ISO3[,ISO3]",
                     help="Events located in these countries, e.g. UKR or UKR,MDA."),
        click.option("--min-confidence", type=click.FloatRange(0, 1), metavar="P",
                     help="Events whose confidence (the estimated chance a coder accepts all "
                          "their fields) is at least P, e.g. 0.5."),
    ]
    for option in reversed(options):
        func = option(func)
    return date_options(func)


def event_filters(kwargs: dict[str, Any]) -> dict[str, Any]:
    """Library filters from the CLI options (unset options left out), checked before the
    store is opened so that a bad value is a usage error whatever the store."""
    from dateline.store.filters import event_filter

    filters = set_filters(kwargs)
    event_filter(filters).checked()
    return filters


def set_filters(kwargs: dict[str, Any]) -> dict[str, Any]:
    names = {"actor": "actor", "source": "source", "target": "target", "event_type": "type",
             "cameo": "cameo", "modality": "modality", "mode": "mode", "since": "since",
             "until": "until",
             "precision": "precision", "within": "within", "limit": "limit",
             "offset": "offset", "near": "near", "km": "km", "country": "country",
             "min_confidence": "min_confidence"}
    return {names[k]: v for k, v in kwargs.items() if k in names and v not in (None, False)}
