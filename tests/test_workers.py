"""reader.workers: results in the order of the tasks whatever order the workers finish them in;
ctrl+c stops a command reading in worker processes with status 130 and leaves none behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from reader.workers import in_order

ROOT = Path(__file__).resolve().parent.parent


def slow_echo(seconds: float) -> float:
    time.sleep(seconds)
    return seconds


def test_results_come_in_the_order_of_the_tasks_not_of_their_ending():
    tasks = [0.4, 0.0, 0.3, 0.0, 0.2, 0.0, 0.1, 0.0]
    assert list(in_order(slow_echo, tasks, 3, ())) == tasks


def test_ctrl_c_while_workers_read_exits_130_without_a_traceback_and_leaves_no_process(tmp_path):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from make_library import make_library

    make_library(3000, tmp_path / "library")
    started = subprocess.Popen(
        [sys.executable, "-m", "reader", "extract", "--json", "--jobs", "2", str(tmp_path / "library")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group: what is left of it can be seen
    )
    assert started.stdout is not None
    started.stdout.readline()  # the pool is up and its first results are out
    started.send_signal(signal.SIGINT)
    _, errors = started.communicate(timeout=30)
    assert started.returncode == 130
    assert "Traceback" not in errors
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.killpg(started.pid, 0)
        except ProcessLookupError:
            break  # nobody of the group is left
        time.sleep(0.1)
    else:
        raise AssertionError("worker processes outlived the command")
