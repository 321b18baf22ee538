"""The main screen: the panes it composes (section list, article, quotes, people, footer) and
the two it mounts after the first frame (the find box and the indexing progress bar).

The panes only show things and report what the user chose; the app (``reader.ui.app``) decides
what is open and current and tells them.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Input, ProgressBar

from ..library.library import Library
from .widgets.article_view import ArticleView
from .widgets.people_sidebar import PeopleSidebar
from .widgets.quote_panel import QuotePanel
from .widgets.section_list import SectionList


class MainScreen(Screen[None]):
    """The panes of the app; the article pane has the focus from the start (focusing another
    pane first, then the article, would restyle three panes before the first frame)."""

    AUTO_FOCUS = "#article"

    def __init__(self, library: Library, ready: Callable[[], None]) -> None:
        super().__init__(id="_default")
        self._ready = ready  # the app's start, once the panes are mounted (before the first frame)
        self.sections = SectionList(library, id="sections")
        self.view = ArticleView(id="article")
        self.find_input = Input(placeholder="Find in article (enter: next, escape: close)", id="find")
        self.quotes = QuotePanel(id="quotes")
        self.people = PeopleSidebar(id="people")
        self.indexing = ProgressBar(id="indexing", show_eta=False)

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            yield self.sections
            with Vertical(id="centre"):
                yield self.view
                yield self.quotes
            yield self.people
        yield Footer()  # the find box and the progress bar come after the first frame

    def on_mount(self) -> None:
        self._ready()

    async def mount_hidden(self) -> None:
        """The find box and the progress bar start hidden: they are mounted after the first
        frame, which then has fewer widgets to lay out."""
        await self.query_one("#centre").mount(self.find_input, after=self.view)
        await self.mount(self.indexing, after="#main")
