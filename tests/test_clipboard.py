"""reader.clipboard: both routes, failures caught, the report, and no Textual in the module."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyperclip

from reader.ui import clipboard
from reader.ui.clipboard import OSC52, SYSTEM, append_to_file, copy, osc52_support


def _no_mechanism(text: str) -> str:
    raise pyperclip.PyperclipException(
        "\n    Pyperclip could not find a copy/paste mechanism for your system.\n    For more information..."
    )


def test_both_routes_are_used_and_the_system_one_confirms() -> None:
    sent, system = [], []
    report = copy("hello", osc52=sent.append, system=lambda text: system.append(text) or "xclip", env={})
    assert sent == ["hello"] and system == ["hello"]
    assert report.confirmed and report.sent
    assert [route.name for route in report.routes] == [OSC52, SYSTEM]
    assert report.summary() == "Copied to the clipboard through the system clipboard, xclip."


def test_pyperclip_failure_is_caught_and_reported() -> None:
    sent = []
    report = copy("hello", osc52=sent.append, system=_no_mechanism, env={"TERM": "xterm-256color"})
    assert sent == ["hello"]
    assert not report.confirmed and report.sent
    assert report.summary() == (
        "Sent through the terminal (OSC 52), which reader cannot confirm. The system clipboard failed: "
        "could not find a copy/paste mechanism (no xclip, xsel or wl-copy?)."
    )


def test_the_default_system_route_is_pyperclip(monkeypatch) -> None:
    got = []

    def copy_xclip(text: str) -> None:
        got.append(text)

    monkeypatch.setattr(pyperclip, "copy", copy_xclip)
    report = copy("x", osc52=None, env={})
    assert got == ["x"]
    assert report.routes[0].detail == "xclip"


def test_an_osc52_sender_that_raises_is_caught() -> None:
    def broken(text: str) -> None:
        raise OSError("terminal gone")

    report = copy("x", osc52=broken, system=_no_mechanism, env={})
    assert not report.sent and not report.confirmed
    assert "terminal gone" in report.summary()


def test_osc52_is_confirmed_only_where_it_is_known_to_work() -> None:
    assert osc52_support({"TMUX": "/tmp/x,1,0"}, lambda env: "on") == "tmux set-clipboard on"
    assert osc52_support({"TMUX": "/tmp/x,1,0"}, lambda env: "external") is None
    assert osc52_support({"TMUX": "/tmp/x,1,0", "TERM_PROGRAM": "WezTerm"}, lambda env: "off") is None
    assert osc52_support({"TERM_PROGRAM": "WezTerm"}) == "WezTerm"
    assert osc52_support({"TERM": "xterm-kitty"}) == "xterm-kitty"
    assert osc52_support({"WT_SESSION": "1"}) == "Windows Terminal"
    assert osc52_support({"TERM": "xterm-256color"}) is None
    assert osc52_support({"STY": "1.pts", "TERM_PROGRAM": "WezTerm"}) is None


def test_tmux_option_is_read_from_tmux(monkeypatch) -> None:
    assert clipboard.tmux_set_clipboard({}) is None  # not inside tmux: not even asked


def test_append_to_file(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "quotes.txt"
    append_to_file("“one” — A", target)
    append_to_file("“two” — B\n", target)
    assert target.read_text(encoding="utf-8") == "“one” — A\n“two” — B\n"


def test_the_headless_modules_never_import_textual() -> None:
    code = (
        "import sys, reader.ui.clipboard, reader.library.catalog, reader.ui.navigation, reader.output.cite;"
        "print('textual' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
