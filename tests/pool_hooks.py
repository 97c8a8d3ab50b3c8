"""Test-only hooks run inside a pool worker once its pipeline is loaded (``initializer=``).

They change the events stage of that worker only, so an article carrying a marker word takes
the worker down the way a real article could: by allocating memory, or by a SIGKILL.
"""

from __future__ import annotations

import os
import signal
import time
from typing import Any

#: Megabytes the ALLOCATE article allocates, 10 MB at a time (the test sets the limit lower).
ALLOCATE_ENV = "DATELINE_TEST_ALLOCATE_MB"


def _wrap(marker: str, action: Any) -> None:
    from dateline.stages.events import EventsStage

    original = EventsStage.process

    def process(self: EventsStage, doc: Any, state: Any) -> None:
        if marker in doc.text:
            action()
        original(self, doc, state)

    EventsStage.process = process  # type: ignore[method-assign]


def _allocate() -> None:
    held = []
    for _ in range(int(os.environ.get(ALLOCATE_ENV, "600")) // 10):
        held.append(bytearray(10 * 1024 * 1024))  # bytearray pages are written: resident
        time.sleep(0.02)
    del held


def allocate_on_marker() -> None:
    """An article containing ALLOCATE allocates ``$DATELINE_TEST_ALLOCATE_MB`` megabytes."""
    _wrap("ALLOCATE", _allocate)


def kill_on_marker() -> None:
    """An article containing KILLME makes its worker SIGKILL itself."""
    _wrap("KILLME", lambda: os.kill(os.getpid(), signal.SIGKILL))
