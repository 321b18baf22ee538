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


_held = False


def hold() -> None:
    """Pause the collector until :func:`release`: the app's start allocates many objects and
    frees few, so collections then only cost time (about a tenth of the time to the first
    frame).  The launcher holds it; the app releases it once the first frame is on screen."""
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def release() -> None:
    """Let the collector run again, if :func:`hold` paused it."""
    global _held
    if _held:
        _held = False
        gc.enable()
