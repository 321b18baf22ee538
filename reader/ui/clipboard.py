"""Copying text wherever the user is: the terminal (OSC 52) and the system clipboard (pyperclip).

pyperclip alone fails on headless Linux, over SSH and without xclip/xsel/wl-copy.  OSC 52 asks
the terminal itself to set the clipboard; it reaches the local clipboard through SSH, and through
tmux when tmux has ``set-clipboard on``, but a program cannot know whether the terminal obeyed.
So :func:`copy` sends the text both ways and reports which routes worked and which can be
*confirmed*; when none can, the caller offers the text for selecting by hand, or appends it to a
file with :func:`append_to_file`.

No Textual here: the OSC 52 sender is passed in (the app passes ``App.copy_to_clipboard``).
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

OSC52 = "terminal (OSC 52)"
SYSTEM = "system clipboard"

# Terminals that apply OSC 52 clipboard writes out of the box, by $TERM_PROGRAM or $TERM.
_OSC52_TERM_PROGRAMS = {"wezterm", "ghostty", "kitty", "alacritty", "rio", "contour"}
_OSC52_TERMS = ("xterm-kitty", "xterm-ghostty", "alacritty", "foot", "wezterm", "contour")


@dataclass(frozen=True)
class Route:
    """One way the text was sent, and what became of it."""

    name: str
    ok: bool  # sent without an error
    confirmed: bool  # known to reach a clipboard
    detail: str = ""  # the mechanism ("xclip", "tmux set-clipboard on") or the error


@dataclass(frozen=True)
class CopyReport:
    text: str
    routes: tuple[Route, ...]

    @property
    def confirmed(self) -> bool:
        return any(route.confirmed for route in self.routes)

    @property
    def sent(self) -> bool:
        return any(route.ok for route in self.routes)

    def summary(self) -> str:
        """One or two sentences for a notification."""
        confirmed = [route for route in self.routes if route.confirmed]
        if confirmed:
            ways = " and ".join(_describe(route) for route in confirmed)
            return f"Copied to the clipboard through the {ways}."
        sent = [route for route in self.routes if route.ok]
        failed = [route for route in self.routes if not route.ok]
        parts = []
        if sent:
            parts.append(
                "Sent through the "
                + " and ".join(_describe(route) for route in sent)
                + ", which reader cannot confirm."
            )
        for route in failed:
            parts.append(f"The {route.name} failed: {route.detail}.")
        return " ".join(parts) or "Nothing could copy the text."


def _describe(route: Route) -> str:
    return f"{route.name}, {route.detail}" if route.detail else route.name


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    line = text.splitlines()[0] if text else type(error).__name__
    if "could not find a copy/paste mechanism" in line:
        return "could not find a copy/paste mechanism (no xclip, xsel or wl-copy?)"
    return line[:200]


def tmux_set_clipboard(env: Mapping[str, str]) -> str | None:
    """tmux's ``set-clipboard`` option when running inside tmux, else None."""
    if not env.get("TMUX"):
        return None
    try:
        done = subprocess.run(
            ["tmux", "show-options", "-gv", "set-clipboard"],
            capture_output=True,
            text=True,
            timeout=2,
            env=dict(env),
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0:
        return None
    return done.stdout.strip() or None


def osc52_support(
    env: Mapping[str, str], tmux_option: Callable[..., str | None] | None = None
) -> str | None:
    """Why OSC 52 is known to reach a clipboard here (a short reason), or None when unknown."""
    if env.get("TMUX"):
        tmux_option = tmux_option or tmux_set_clipboard
        # Inside tmux only tmux's own option matters: "on" stores the text in a tmux buffer
        # (and forwards it to the outer terminal); "external" and "off" ignore applications.
        return "tmux set-clipboard on" if tmux_option(env) == "on" else None
    if env.get("STY"):  # GNU screen swallows OSC 52
        return None
    program = env.get("TERM_PROGRAM", "").lower()
    if program in _OSC52_TERM_PROGRAMS:
        return env.get("TERM_PROGRAM")
    term = env.get("TERM", "").lower()
    if any(term.startswith(name) for name in _OSC52_TERMS):
        return env.get("TERM")
    if env.get("WT_SESSION"):
        return "Windows Terminal"
    return None


def _pyperclip_copy(text: str) -> str:
    """Copy with pyperclip; return the mechanism's name.  Raises when pyperclip cannot."""
    import pyperclip

    pyperclip.copy(text)
    name = getattr(pyperclip.copy, "__name__", "")
    name = name.removeprefix("copy_").replace("_", " ")
    return "" if name in ("", "copy", "lazy load stub copy") else name


def copy(
    text: str,
    *,
    osc52: Callable[[str], object] | None,
    system: Callable[[str], str] | None = _pyperclip_copy,
    env: Mapping[str, str] | None = None,
    tmux_option: Callable[..., str | None] | None = None,
) -> CopyReport:
    """Send ``text`` through OSC 52 (``osc52``) and the system clipboard (``system``, pyperclip
    by default); never raises for a route that fails, the report says what happened."""
    env = os.environ if env is None else env
    routes = []
    if osc52 is not None:
        try:
            osc52(text)
        except Exception as error:  # a closed terminal, a driver error
            routes.append(Route(OSC52, ok=False, confirmed=False, detail=_first_line(error)))
        else:
            reason = osc52_support(env, tmux_option)
            routes.append(Route(OSC52, ok=True, confirmed=reason is not None, detail=reason or ""))
    if system is not None:
        try:
            mechanism = system(text)
        except Exception as error:  # pyperclip.PyperclipException and whatever its tools raise
            routes.append(Route(SYSTEM, ok=False, confirmed=False, detail=_first_line(error)))
        else:
            routes.append(Route(SYSTEM, ok=True, confirmed=True, detail=mechanism or ""))
    return CopyReport(text=text, routes=tuple(routes))


def default_quotes_file() -> Path:
    return Path.home() / "reader-quotes.txt"


def append_to_file(text: str, path: Path) -> Path:
    """Append ``text`` and a newline to ``path`` (created with its folder when missing)."""
    path = path.expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(text.rstrip("\n") + "\n")
    return path
