"""Pause Python's cyclic garbage collector around work that allocates many small objects.

Parsing and extraction build many short-lived tuples and records but no reference cycles, so
reference counting frees them.  With the collector running, each full collection walks every
live object, and on a large file that makes the work grow faster than the file.  Pausing it
keeps the time linear in the input size (see benchmarks/scaling.py).
"""

from __future__ import annotations

import gc


class gc_paused:  # noqa: N801 - used like a function: `with gc_paused():`
    """The collector paused for the `with` block, and running again after it if it was.

    A small class rather than a @contextmanager generator, which costs a few microseconds
    more each time: it is entered twice for every article parsed and extracted."""

    __slots__ = ("was_enabled",)

    def __enter__(self) -> None:
        self.was_enabled = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc_info: object) -> None:
        if self.was_enabled:
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
