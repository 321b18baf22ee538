"""Pause Python's cyclic garbage collector around work that allocates many small objects.

Parsing and extraction build many short-lived tuples and records but no reference cycles, so
reference counting frees them.  With the collector running, each full collection walks every
live object, and on a large file that makes the work grow faster than the file.  Pausing it
keeps the time linear in the input size (see benchmarks/scaling.py).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
