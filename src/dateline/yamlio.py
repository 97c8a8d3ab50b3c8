"""YAML read through libyaml's safe loader when PyYAML was built with it (its wheels are).

It gives the same data as ``yaml.safe_load`` on every lexicon file (tests/test_yamlio.py) and
parses them about nine times faster: that parse was most of what loading the pipeline cost in
each new process, each pool or Dask worker included (``bench/startup.py``).
"""

from __future__ import annotations

from typing import Any

import yaml

__all__ = ["SAFE_LOADER", "safe_load"]

SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str) -> Any:
    """``yaml.safe_load``, through the fastest safe loader PyYAML has."""
    return yaml.load(text, Loader=SAFE_LOADER)
