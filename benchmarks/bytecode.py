"""The `reader` package's modules compiled to bytecode before a benchmark launches it.

`pip install` compiles them, so a user's `reader` never compiles its own source at launch.  A
checkout installed for development, in a shell where ``PYTHONDONTWRITEBYTECODE`` is set, has no
bytecode: every launch would compile every module again (about 0.4 s), which is no part of
what a user waits for and weighs on the figures of the benchmarks that launch `reader`
afresh (startup, parallel).
"""

from __future__ import annotations

import compileall
import importlib.util


def compile_reader() -> None:
    """Write the bytecode of every module of the `reader` this interpreter imports."""
    spec = importlib.util.find_spec("reader")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        compileall.compile_dir(folder, quiet=1)
