"""CAMEO-derived scales for analysts: Goldstein score, GDELT QuadClass, PLOVER quad and context.

The tables are data (``lexicon/scales/cameo.yaml``, with its sources cited there), read once.
A CAMEO code not in the Goldstein table falls back to its three-digit base, then its root.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from dateline.yamlio import safe_load

SCALES_FILE = "cameo.yaml"
CONTEXT_FILE = "plover_context.yaml"


@dataclass(frozen=True)
class Scales:
    version: str
    goldstein: dict[str, float]
    quad_class: dict[str, int]
    plover_quad: dict[str, int]
    quad_names: dict[int, str]


@cache
def scales() -> Scales:
    raw = resources.files("dateline").joinpath("lexicon", "scales", SCALES_FILE).read_text(
        encoding="utf-8")
    data: dict[str, Any] = safe_load(raw)
    return Scales(
        version=str(data["version"]),
        goldstein={str(k): float(v) for k, v in data["goldstein"].items()},
        quad_class={str(k): int(v) for k, v in data["quad_class"].items()},
        plover_quad={str(k): int(v) for k, v in data["plover_quad"].items()},
        quad_names={int(k): str(v) for k, v in data["quad_names"].items()},
    )


def cameo_code(value: Any) -> str | None:
    """A CAMEO code as text, with its leading zero (``40`` read from a CSV is ``040``)."""
    if value is None or value == "":
        return None
    text = str(value).strip()
    if not text.isdigit():
        return None
    return text.zfill(3) if len(text) < 3 else text


def goldstein(cameo: str | None) -> float | None:
    """The Goldstein score of a CAMEO code (falling back to its base, then its root)."""
    code = cameo_code(cameo)
    if code is None:
        return None
    table = scales().goldstein
    for key in (code, code[:3], code[:2]):
        if key in table:
            return table[key]
    return None


def quad_class(cameo: str | None, plover_type: str | None = None) -> int | None:
    """GDELT QuadClass (1-4) of a CAMEO code, else of the PLOVER type."""
    code = cameo_code(cameo)
    if code is not None and code[:2] in scales().quad_class:
        return scales().quad_class[code[:2]]
    return plover_quad(plover_type)


def plover_quad(plover_type: str | None) -> int | None:
    """The quad class (1-4) of a PLOVER event type."""
    return scales().plover_quad.get((plover_type or "").upper())


@cache
def _contexts() -> dict[str, str]:
    raw = resources.files("dateline").joinpath("lexicon", "scales", CONTEXT_FILE).read_text(
        encoding="utf-8")
    data: dict[str, Any] = safe_load(raw)
    return {str(k): str(v) for k, v in data["context"].items()}


def plover_context(cameo: str | None) -> str | None:
    """PLOVER's context for a CAMEO code (CAMEO2PLOVER), falling back to base then root."""
    code = cameo_code(cameo)
    if code is None:
        return None
    table = _contexts()
    return next((table[key] for key in (code, code[:3], code[:2]) if key in table), None)


def quad_name(quad: int | None) -> str | None:
    return scales().quad_names.get(quad) if quad is not None else None
