"""When no copy can be confirmed: the text to select by hand, and a key to append it to a file."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static, TextArea

from ..clipboard import CopyReport, append_to_file
from . import DIALOG_CSS


class CopyFallback(ModalScreen[Path | None]):
    """Shows the citation; `a` appends it to the quotes file, escape closes.

    Dismisses with the file's path when the text was appended, else None.
    """

    CSS_PATH = DIALOG_CSS

    BINDINGS = [
        Binding("a", "append", "Append to file", priority=True),
        Binding("escape", "close", "Close"),
    ]

    def __init__(self, report: CopyReport, quotes_file: Path) -> None:
        super().__init__()
        self.report, self.quotes_file = report, quotes_file

    def compose(self) -> ComposeResult:
        with Vertical(id="copy-dialog") as dialog:
            dialog.border_title = "Copy this by hand"
            dialog.border_subtitle = "a: append to file · escape: close"
            yield Static(
                Text(self.report.summary() + " Select the text below with the mouse (or shift+drag), "
                     "or append it to a file."),
                id="copy-report",
            )
            yield TextArea(self.report.text, read_only=True, soft_wrap=True, id="copy-text")
            with Horizontal(id="copy-buttons"):
                yield Button(f"Append to {self._shown_path()}", id="copy-append", variant="primary")
                yield Button("Close", id="copy-close")

    def _shown_path(self) -> str:
        home = Path.home()
        try:
            return "~/" + str(self.quotes_file.relative_to(home))
        except ValueError:
            return str(self.quotes_file)

    def on_mount(self) -> None:
        self.query_one(TextArea).select_all()

    @on(Button.Pressed, "#copy-append")
    def action_append(self) -> None:
        try:
            path = append_to_file(self.report.text, self.quotes_file)
        except OSError as error:
            self.notify(f"Could not append to {self.quotes_file}: {error.strerror or error}",
                        severity="error", markup=False)
            return
        self.notify(f"Appended to {path}", title="Saved", markup=False)
        self.dismiss(path)

    @on(Button.Pressed, "#copy-close")
    def action_close(self) -> None:
        self.dismiss(None)
