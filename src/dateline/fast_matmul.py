"""The model's matrix products through numpy's OpenBLAS on one thread: same annotations, faster.

The neural components of the English pipeline (``tok2vec``, ``tagger``, ``parser``, ``ner``
with its own embedding) spend most of their time in ``Ops.gemm``, the products of the Maxout
layers and the parser's precomputed features. thinc's ``NumpyOps`` runs them through BLIS;
numpy's bundled OpenBLAS (Haswell kernels on this machine) does the same products in about
half the CPU time on one thread (3,000 x 288 by 288 x 288: 21 ms BLIS, 9.4 ms OpenBLAS with its
two threads, 6.5 ms on one), and the spaCy part of a run falls by about a fifth (bench/FINDINGS.md,
round 14). On more than one thread OpenBLAS busy-waits between products, which costs CPU time
on a shared machine, so each product runs with OpenBLAS held to one thread (set and restored
around the call: the process's own numpy work keeps its threads).

The two libraries add in a different order, so the floats differ in their last bits; the
annotations read from them (tags, parse, entities) were the same on all but 2 of about 765,000
tokens compared (``bench/attribute_identity.py``, round 14: two HEADs of one story, a near-tie
in the parser). It is fast, not exact: ``PipelineConfig(stand_ins=False)`` is the exact path.
The stand-in is installed only where numpy's
OpenBLAS and its thread functions are found (``openblas_threads``); elsewhere BLIS stays.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

from spacy.language import Language
from thinc.api import Model
from thinc.backends.numpy_ops import NumpyOps
from thinc.backends.ops import Ops

#: (set, get) thread-count functions of the OpenBLAS builds numpy ships or links, by symbol.
THREAD_FUNCTIONS = (
    ("scipy_openblas_set_num_threads64_", "scipy_openblas_get_num_threads64_"),
    ("scipy_openblas_set_num_threads", "scipy_openblas_get_num_threads"),
    ("openblas_set_num_threads64_", "openblas_get_num_threads64_"),
    ("openblas_set_num_threads", "openblas_get_num_threads"),
)


@cache
def openblas_threads() -> tuple[Callable[[int], Any], Callable[[], int]] | None:
    """numpy's OpenBLAS thread-count setter and getter, when numpy has loaded an OpenBLAS
    (read from the process's mapped libraries: Linux); None otherwise."""
    import numpy  # noqa: F401  (loads numpy's BLAS before the libraries are listed)

    try:
        mapped = Path("/proc/self/maps").read_text().splitlines()
    except OSError:
        return None
    libraries = sorted({line.split()[-1] for line in mapped
                        if "openblas" in line.rsplit("/", 1)[-1].lower()})
    for path in libraries:
        try:
            library = ctypes.CDLL(path)
        except OSError:
            continue
        for setter, getter in THREAD_FUNCTIONS:
            if hasattr(library, setter) and hasattr(library, getter):
                return getattr(library, setter), getattr(library, getter)
    return None


@contextmanager
def one_thread() -> Iterator[None]:
    """OpenBLAS on one thread for the duration of a block, its thread count restored after."""
    found = openblas_threads()
    if found is None:
        yield
        return
    set_threads, get_threads = found
    before = get_threads()
    set_threads(1)
    try:
        yield
    finally:
        set_threads(before)


class OneThreadOps(NumpyOps):  # type: ignore[misc]  # thinc's Cython class is untyped
    """``NumpyOps`` whose matrix products go to numpy's OpenBLAS on one thread."""

    def __init__(self) -> None:
        super().__init__(use_blis=False)

    def gemm(self, x: Any, y: Any, *, out: Any = None, trans1: bool = False,
             trans2: bool = False) -> Any:
        with one_thread():
            return Ops.gemm(self, x, y, out=out, trans1=trans1, trans2=trans2)


def stand_in_matmul(nlp: Language) -> bool:
    """Give every thinc layer of the pipeline's components that runs on BLIS ``NumpyOps`` the
    one-thread OpenBLAS ops; False (nothing changed) when numpy's OpenBLAS is not found or no
    layer runs on BLIS."""
    if openblas_threads() is None:
        return False
    ops = OneThreadOps()
    changed = False
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if not isinstance(model, Model):
            continue
        for layer in model.walk():
            if type(layer.ops) is NumpyOps and getattr(layer.ops, "use_blis", False):
                layer.ops = ops
                changed = True
    return changed
