"""Loading the YAML data files under ``lexicon/`` (and users' own files), once per process."""

from __future__ import annotations

import re
import sys
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from dateline.errors import LexiconError

#: Extra lexicon files given by the user (``--lexicon FILE``); merged over the built-in data.
_user_files: list[Path] = []


def add_user_lexicon(path: str | Path) -> None:
    """Merge a user's YAML lexicon file over the built-in one of the same kind."""
    resolved = Path(path)
    if not resolved.is_file():
        raise LexiconError(f"lexicon file not found: {path}")
    if resolved not in _user_files:
        _user_files.append(resolved)
        clear_caches()


def clear_user_lexicons() -> None:
    _user_files.clear()
    clear_caches()


def user_lexicons() -> list[Path]:
    return list(_user_files)


#: Caches built from lexicon data, emptied when the data changes: (module, function).
DERIVED_CACHES = (
    ("dateline.stages.actor_lexicon", "lexicon"),
    ("dateline.stages.event_lexicon", "entries_by_lemma"),
    ("dateline.stages.quotes", "cues"),
    ("dateline.stages.quotes", "reporting_nouns"),
    ("dateline.stages.timex", "vocab"),
    ("dateline.stages.coref", "description_patterns"),
)


def clear_caches() -> None:
    load_data.cache_clear()
    load_boilerplate.cache_clear()
    for module_name, function in DERIVED_CACHES:
        module = sys.modules.get(module_name)
        if module is not None:
            getattr(module, function).cache_clear()


@cache
def load_data(name: str) -> Any:
    """The built-in data file ``lexicon/<name>.yaml``, with users' entries of the same section."""
    resource = resources.files("dateline").joinpath("lexicon", f"{name}.yaml")
    try:
        data = yaml.safe_load(resource.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise LexiconError(f"cannot load lexicon {name}: {exc}") from exc
    for path in _user_files:
        data = _merge(data, _user_section(path, name))
    return data


def _user_section(path: Path, name: str) -> Any:
    try:
        user = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise LexiconError(f"cannot load lexicon file {path}: {exc}") from exc
    if not isinstance(user, dict):
        raise LexiconError(f"{path}: a user lexicon is a mapping of sections (countries, ...)")
    return user.get(name)


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


@cache
def load_boilerplate() -> tuple[re.Pattern[str], ...]:
    data = load_data("boilerplate")
    return tuple(re.compile(p, re.IGNORECASE) for p in data["patterns"])
