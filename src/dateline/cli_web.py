"""``dateline serve``: run the web app over a store with uvicorn (a thin shell over
``dateline.web.create_app``)."""

from __future__ import annotations

import ipaddress
import os
import sys
import threading
from typing import Any

import click
from click.core import ParameterSource

from dateline.cli_options import handles_errors, open_store, read_db_options
from dateline.errors import UsageError

LOOPBACK_NAMES = {"localhost", "ip6-localhost", "ip6-loopback"}


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and localhost; every other name or address is not."""
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_host(host: str, explicit: bool) -> None:
    """Refuse a non-loopback address unless it was given with ``--host`` on the command line."""
    if not is_loopback(host) and not explicit:
        raise UsageError(
            f"refusing to listen on {host!r}, which other machines can reach, because it did "
            "not come from --host; pass --host explicitly to serve beyond this machine")


@click.command()
@read_db_options
@click.option("--host", default="127.0.0.1", show_default=True, envvar="DATELINE_HOST",
              help="Address to listen on. Only loopback unless given explicitly with --host "
                   "(a non-loopback $DATELINE_HOST is refused).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              envvar="DATELINE_PORT", help="Port to listen on.")
@click.option("--max-upload", type=click.IntRange(min=1), default=None, metavar="BYTES",
              help="Largest upload or text the write endpoints accept (413 above; "
                   "default 10 MiB or $DATELINE_MAX_UPLOAD).")
@handles_errors
def serve(db: str | None, create: bool, host: str, port: int, max_upload: int | None) -> None:
    """Browse, audit and plot the store in a browser, with a JSON twin of every page.

    Pages: overview, events (filters, paging), event, article (the audit view with every
    highlight), actors, actor, timeline, network, quotes, search. Add .json to any page, or
    send Accept: application/json. API docs at /docs, schema at /openapi.json.

    The store is opened read-only: it must exist (or pass --create) and be up to date
    (`dateline migrate` upgrades one written by an older dateline).
    Write endpoints (POST /api/extract, POST /api/ingest) are off unless DATELINE_TOKEN is
    set; then they need 'Authorization: Bearer $DATELINE_TOKEN' (an upload opens the store
    for writing while it is stored).

    Exit codes: 0 stopped cleanly; 1 the store failed; 2 usage error.

    \b
    Example:
      dateline ingest samples/corpus && dateline serve
      DATELINE_TOKEN=secret dateline serve --db news.db --port 8080
    """
    source = click.get_current_context().get_parameter_source("host")
    check_host(host, source is ParameterSource.COMMANDLINE)
    import uvicorn

    from dateline.store import resolve_url
    from dateline.web import create_app

    store = open_store(db, create=create)
    app = create_app(store, max_upload=max_upload, write_url=resolve_url(db))
    threading.Thread(target=_warm, args=(app,), daemon=True, name="dateline-warm").start()
    writes = "on (bearer token)" if os.environ.get("DATELINE_TOKEN") else "off"
    where = f"[{host}]" if ":" in host else host
    click.echo(f"dateline: serving on http://{where}:{port}/ (write endpoints {writes})",
               err=True)
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    finally:
        store.close()
    sys.exit(0)


def _warm(app: Any) -> None:
    from sqlalchemy.exc import SQLAlchemyError

    from dateline.errors import DatelineError

    try:
        app.state.browser.warm()
    except (SQLAlchemyError, DatelineError) as exc:
        click.echo(f"dateline: could not precompute the overview: {exc}", err=True)


def register(group: click.Group) -> None:
    group.add_command(serve)
