"""The lexicon data a pipeline runs with: the built-in YAML files under ``lexicon/`` and the
entries of users' own files, merged and validated.

There is no module-level setting. A ``LexiconData`` is an immutable value built from the user
files' entries; every stage holds its own (from its config) and makes it the *active* data while
it runs (``using``), so the rule functions that ask for a word list (``active().section(...)``)
get the data of the pipeline they run in, in any process. Outside a stage, ``active()`` is the
built-in data.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import yaml

from dateline.errors import LexiconError
from dateline.lexicon.schema import validate_section, validate_user
from dateline.yamlio import safe_load

T = TypeVar("T")

#: Every built-in lexicon section, one file each: ``lexicon/<name>.yaml``.
SECTIONS = ("actor_rules", "boilerplate", "clauses", "countries", "cue_classes", "events",
            "organizations", "places", "plover", "roles", "speech_cues", "subnational", "threads",
            "times")
#: Limits on a user's lexicon file: bytes, and YAML aliases (a "billion laughs" file).
MAX_USER_BYTES = 5_000_000
MAX_ALIASES = 50


@dataclass(frozen=True)
class UserLexicon:
    """The entries of one user lexicon file, by section, and the file they came from."""

    file: str
    entries: dict[str, Any]

    def to_config(self) -> dict[str, Any]:
        return {"file": self.file, "entries": self.entries}

    @classmethod
    def from_config(cls, data: dict[str, Any]) -> UserLexicon:
        return cls(str(data.get("file", "<config>")), dict(data.get("entries") or {}))


@dataclass(frozen=True)
class LexiconData:
    """Built-in sections with the users' entries merged over them (users' entries first)."""

    user: tuple[UserLexicon, ...] = ()
    _sections: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    _derived: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def section(self, name: str) -> Any:
        if name not in self._sections:
            data = builtin_section(name)
            for lexicon in self.user:
                data = _merge(data, lexicon.entries.get(name))
            self._sections[name] = data
        return self._sections[name]

    def derived(self, key: str, build: Callable[[LexiconData], T]) -> T:
        """A table built once from this data (compiled patterns, lookup maps)."""
        try:
            found: T = self._derived[key]
        except KeyError:
            found = self._derived[key] = build(self)
        return found

    def digest(self) -> str:
        """A short digest of the built-in files and the user entries (the rules version)."""
        hashed = hashlib.sha256(builtin_digest().encode())
        for lexicon in self.user:
            hashed.update(json.dumps(lexicon.entries, sort_keys=True).encode())
        return hashed.hexdigest()[:10]


_ACTIVE: ContextVar[LexiconData | None] = ContextVar("dateline_lexicon", default=None)


def active() -> LexiconData:
    """The lexicon of the stage that is running, else the built-in one."""
    return _ACTIVE.get() or builtin()


@contextmanager
def using(data: LexiconData) -> Iterator[LexiconData]:
    """Make ``data`` the active lexicon for the duration of a block (a stage's call)."""
    token = _ACTIVE.set(data)
    try:
        yield data
    finally:
        _ACTIVE.reset(token)


def load_lexicon_yaml(text: str, where: str) -> Any:
    """Parse a lexicon file's YAML, refusing a word list that holds a boolean: YAML 1.1 reads a
    bare on, off, yes or no as true or false, so ``[in, on]`` would never match the word "on"."""
    data = safe_load(text)
    _refuse_list_booleans(data, where)
    return data


def _refuse_list_booleans(data: Any, where: str) -> None:
    if isinstance(data, dict):
        for key, value in data.items():
            _refuse_list_booleans(value, f"{where}: {key}")
    elif isinstance(data, list):
        for item in data:
            if isinstance(item, bool):
                raise LexiconError(f"{where}: the list holds the boolean {str(item).lower()}; "
                                   "quote the word ('on', 'off', 'yes', 'no')")
            _refuse_list_booleans(item, where)


@cache
def builtin() -> LexiconData:
    """The built-in data alone (immutable; shared by every pipeline without user entries)."""
    return LexiconData()


@cache
def builtin_section(name: str) -> Any:
    """The built-in file ``lexicon/<name>.yaml``, validated; the ``events`` section also holds
    the entries of ``lexicon/events/<type>.yaml`` (file defaults filled in)."""
    resource = resources.files("dateline").joinpath("lexicon", f"{name}.yaml")
    try:
        data = load_lexicon_yaml(resource.read_text(encoding="utf-8"), f"lexicon/{name}.yaml")
    except (OSError, yaml.YAMLError) as exc:
        raise LexiconError(f"cannot load lexicon {name}: {exc}") from exc
    if name == "events":
        data = [*data, *({**f["defaults"], **e} for f in event_type_files()
                         for e in f["entries"])]
    validate_section(name, data, f"lexicon/{name}.yaml")
    return data


#: The event entries' files, one per PLOVER type: ``lexicon/events/<type>.yaml``.
EVENT_TYPE_FILES = ("consult", "request", "reject", "agree", "accuse", "threaten", "support",
                    "cooperate", "aid", "retreat", "concede", "protest", "sanction", "mobilize",
                    "coerce", "assault")
#: Further event data read by the events stage (imported CAMEO patterns, sense rules).
EVENT_DATA_FILES = ("cameo.jsonl", "senses.yaml")


@cache
def event_type_files() -> tuple[dict[str, Any], ...]:
    """The raw ``lexicon/events/<type>.yaml`` files: ``defaults`` and ``entries``."""
    files = []
    for name in EVENT_TYPE_FILES:
        resource = resources.files("dateline").joinpath("lexicon", "events", f"{name}.yaml")
        try:
            files.append(load_lexicon_yaml(resource.read_text(encoding="utf-8"),
                                           f"lexicon/events/{name}.yaml"))
        except (OSError, yaml.YAMLError) as exc:
            raise LexiconError(f"cannot load lexicon events/{name}: {exc}") from exc
    return tuple(files)


@cache
def builtin_rules() -> frozenset[str]:
    """The rule names of the built-in event entries (a user's must differ)."""
    return frozenset(str(entry["rule"]) for entry in builtin_section("events"))


#: The files of ``lexicon/confidence/`` (``dateline.confidence``).
CONFIDENCE_FILES = ("features.yaml", "model.json")


@cache
def builtin_digest() -> str:
    digest = hashlib.sha256()
    for name in SECTIONS:
        digest.update(resources.files("dateline").joinpath("lexicon", f"{name}.yaml").read_bytes())
    folder = resources.files("dateline").joinpath("lexicon", "events")
    for file in (*(f"{t}.yaml" for t in EVENT_TYPE_FILES), *EVENT_DATA_FILES):
        digest.update(folder.joinpath(file).read_bytes())
    confidence = resources.files("dateline").joinpath("lexicon", "confidence")
    for file in CONFIDENCE_FILES:  # the event-confidence model and its word lists
        digest.update(confidence.joinpath(file).read_bytes())
    return digest.hexdigest()


def load_data(name: str) -> Any:
    """The section ``name`` of the active lexicon."""
    return active().section(name)


def read_user_lexicon(path: str | Path) -> UserLexicon:
    """A user's lexicon file, read safely and validated: a mapping of sections (countries,
    organizations, roles, events, speech_cues, times, boilerplate, clauses)."""
    resolved = Path(path)
    text = _user_text(resolved)
    _check_aliases(text, resolved)
    try:
        data = load_lexicon_yaml(text, str(resolved))
    except yaml.YAMLError as exc:
        raise LexiconError(f"{resolved}: not valid YAML: {exc}") from exc
    entries = validate_user(data if data is not None else {}, str(resolved), builtin_rules())
    return UserLexicon(str(resolved), entries)


def _user_text(path: Path) -> str:
    if not path.is_file():
        raise LexiconError(f"lexicon file not found: {path}")
    size = path.stat().st_size
    if size > MAX_USER_BYTES:
        raise LexiconError(f"{path}: lexicon file too large ({size} bytes; at most "
                           f"{MAX_USER_BYTES}): split it or trim it")
    try:
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise LexiconError(f"{path}: a lexicon file must be UTF-8 text ({exc.reason} at byte "
                           f"{exc.start}): save it as UTF-8") from exc


def _check_aliases(text: str, path: Path) -> None:
    """Refuse files that use YAML aliases more than a lexicon ever needs."""
    aliases = 0
    try:
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            if isinstance(event, yaml.AliasEvent):
                aliases += 1
                if aliases > MAX_ALIASES:
                    raise LexiconError(f"{path}: more than {MAX_ALIASES} YAML aliases; a "
                                       "lexicon needs none: write the entries out")
    except yaml.YAMLError as exc:
        raise LexiconError(f"{path}: not valid YAML: {exc}") from exc


def _merge(base: Any, extra: Any) -> Any:
    if extra is None:
        return base
    if isinstance(base, list) and isinstance(extra, list):
        return extra + base  # users' entries win: they are looked at first
    if isinstance(base, dict) and isinstance(extra, dict):
        merged = dict(base)
        for key, value in extra.items():
            merged[key] = _merge(base.get(key), value) if key in base else value
        return merged
    return extra


def boilerplate_patterns() -> tuple[re.Pattern[str], ...]:
    return active().derived("boilerplate", _compile_boilerplate)


def _compile_boilerplate(data: LexiconData) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in data.section("boilerplate")["patterns"])


def load_boilerplate() -> tuple[re.Pattern[str], ...]:
    """The boilerplate patterns of the active lexicon (kept under its old name)."""
    return boilerplate_patterns()
