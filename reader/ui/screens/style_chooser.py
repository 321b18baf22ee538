"""Choose a citation style, with each style's text for the current quote as a preview."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ...model import Article, Quote
from ...output import cite
from ...output.publication import Source
from . import DIALOG_CSS


class StyleChooser(ModalScreen[str | None]):
    """Dismisses with the chosen style's name, or None on escape."""

    CSS_PATH = DIALOG_CSS

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, quote: Quote, article: Article, current: str, source: Source | None = None) -> None:
        super().__init__()
        self.quote, self.article, self.current = quote, article, current
        self.source = source  # the publication and web address the copy names

    def compose(self) -> ComposeResult:
        with Vertical(id="style-dialog") as dialog:
            dialog.border_title = "Copy as…"
            dialog.border_subtitle = "enter: copy · escape: cancel"
            options = []
            for name in cite.STYLES:
                prompt = Text(name, style="bold")
                if name == self.current:
                    prompt.append("  (your default, used by c)", style="dim")
                try:
                    preview = cite.cite(self.quote, self.article, name, self.source)
                except Exception as error:  # a style that fails must not close the app
                    preview = f"(this style failed: {error})"
                prompt.append("\n")
                prompt.append(preview)
                options.append(Option(prompt, id=name))
            yield OptionList(*options, id="style-options")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        names = list(cite.STYLES)
        options.highlighted = names.index(self.current) if self.current in names else 0

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
