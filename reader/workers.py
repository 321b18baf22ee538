"""Worker processes on every core, for the index's refresh and the commands that read many files.

:func:`start_pool` starts them (on Linux forked from this process when it runs no other thread,
else from a fork server warmed with the modules named; each worker leaves ctrl+c to the process
that started it, which stops the pool, and ends as soon as that process is gone, even killed);
:func:`in_order` hands them tasks and gives their results back in the order of the tasks, a
bounded number ahead, so a command's output comes out exactly as it would from one process.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

Task = TypeVar("Task")
Result = TypeVar("Result")

POOL_MIN = 64  # fewer files than this to read: not worth starting worker processes
CHUNK = 16  # files per task sent to a worker process (fewer round trips)
AHEAD = 4  # tasks given to each worker ahead of the one whose result is awaited


def cores() -> int:
    """How many processes can run at once here."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def start_pool(workers: int, preload: Sequence[str]) -> ProcessPoolExecutor:
    """A pool of ``workers`` processes that have imported the modules of ``preload``.

    On Linux, a process that runs only its main thread (a command: ``reader extract``,
    ``reader index``) imports them and forks the workers from itself: they start at once, where
    a fork server is a new interpreter that imports them all again while the command waits
    (about a fifth of a second, a tenth of reading the 837 polnear-train articles).  A process
    with other threads (the app) cannot fork safely: its workers fork from a server that has
    imported the modules once.  Elsewhere they are spawned."""
    import concurrent.futures
    import multiprocessing

    method = _start_method()
    if method == "fork":
        import importlib

        for name in preload:
            importlib.import_module(name)
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        context.set_forkserver_preload(list(preload))
    with real_stderr():
        return concurrent.futures.ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=start_worker, initargs=(os.getpid(),)
        )


def _start_method() -> str:
    """How :func:`start_pool` starts its workers here (see there)."""
    import threading

    if not sys.platform.startswith("linux"):
        return "spawn"
    return "fork" if threading.active_count() == 1 else "forkserver"


def start_worker(parent: int) -> None:
    """What a worker process does first: leave ctrl+c to the process that started it (which
    stops the pool: a worker prints no traceback), and end as soon as that process is gone,
    even killed (a worker's own parent is the fork server, so the operating system would not
    tell it; without this the workers, the fork server and the resource tracker outlived a
    killed ``reader index``, holding its output pipe open)."""
    import signal
    import threading

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})  # held when started
    threading.Thread(target=_end_with, args=(parent,), name="reader-parent-watch", daemon=True).start()


def _end_with(parent: int) -> None:
    """Wait for process ``parent`` to end, then end this process at once."""
    import select

    try:
        handle = os.pidfd_open(parent)  # Linux: readable when the process ends
    except ProcessLookupError:
        os._exit(0)
    except (AttributeError, OSError):  # elsewhere: ask every half second
        while True:
            time.sleep(0.5)
            try:
                os.kill(parent, 0)
            except ProcessLookupError:
                os._exit(0)
            except OSError:
                pass
    select.select([handle], [], [])
    os._exit(0)


def in_order(
    work: Callable[[Task], Result], tasks: Iterable[Task], workers: int, preload: Sequence[str]
) -> Iterator[Result]:
    """``work(task)`` for each task, done in ``workers`` processes, the results in the order of
    the tasks.  Stopping early (ctrl+c, the generator closed) stops the pool."""
    pool = start_pool(workers, preload)
    pending: deque[Future[Result]] = deque()
    finished = False
    try:
        for task in tasks:
            with real_stderr(), signals_held():  # the helper processes start with the first task
                pending.append(pool.submit(work, task))
            if len(pending) >= workers * AHEAD:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
        finished = True
    finally:
        # all done: let the pool end in step, so nothing of it is left for the interpreter's exit
        # to wake (a pool left running then can print "Bad file descriptor"); stopped early: at once
        pool.shutdown(wait=finished, cancel_futures=not finished)


@contextlib.contextmanager
def real_stderr() -> Iterator[None]:
    """multiprocessing hands ``sys.stderr``'s file descriptor to the helper processes it starts;
    inside a Textual app ``sys.stderr`` is a capture object without one (fileno -1), which makes
    starting them fail.  While the pool starts, ``sys.stderr`` is the process's real one."""
    try:
        usable = sys.stderr is not None and sys.stderr.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        usable = False
    if usable or sys.__stderr__ is None:
        yield
        return
    captured, sys.stderr = sys.stderr, sys.__stderr__
    try:
        yield
    finally:
        sys.stderr = captured


@contextlib.contextmanager
def signals_held() -> Iterator[None]:
    """ctrl+c and SIGTERM held back (not lost) while the pool starts its helper processes: they
    inherit the held signals, so one that comes while the fork server is still importing reader
    does not end it with a traceback; this thread gets it as soon as the pool has started."""
    import signal

    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
