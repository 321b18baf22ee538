"""The main screen: the panes it composes (section list, article, quotes, people), what it mounts
after the first frame (the find box, the indexing progress bar and the footer, whose row the
first frame keeps), which of the sidebars show (both hidden below 100 columns), and finding text
in the article.

The panes only show things and report what the user chose; the app (``reader.ui.app``) decides
what is open and current and tells them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input

from ..library.library import Library
from .widgets.article_view import ArticleView
from .widgets.people_sidebar import PeopleSidebar
from .widgets.quote_panel import QuotePanel
from .widgets.section_list import SectionList

if TYPE_CHECKING:
    from textual.widgets import ProgressBar

NARROW = 100  # below this many columns the sidebars start hidden


class MainScreen(Screen[None]):
    """The panes of the app; the article pane has the focus from the start (focusing another
    pane first, then the article, would restyle three panes before the first frame)."""

    AUTO_FOCUS = "#article"

    show_sections: reactive[bool] = reactive(True, init=False)
    show_people: reactive[bool] = reactive(True, init=False)

    def __init__(self, library: Library, ready: Callable[[], None]) -> None:
        super().__init__(id="_default")
        self._ready = ready  # the app's start, once the panes are mounted (before the first frame)
        self.sections = SectionList(library, id="sections")
        self.view = ArticleView(id="article")
        self.find_input = Input(placeholder="Find in article (enter: go there, then n / N: next / previous match, escape: close)", id="find")
        self.quotes = QuotePanel(id="quotes")
        self.people = PeopleSidebar(id="people")
        self._indexing: ProgressBar | None = None  # made when first needed (see indexing)
        self.last_find = ""  # the term of the last find, offered again by the next one
        self._narrow: bool | None = None  # as last fitted; None: not yet
        self._mounted = False

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            yield self.sections
            with Vertical(id="centre"):
                yield self.view
                yield self.quotes
            yield self.people
        # The footer's row, in the footer's colours: the footer, which shows no keys before the
        # first frame anyway, is mounted in it after the first frame (as are the find box and
        # the progress bar), so the first frame has fewer widgets to style and lay out.
        yield Widget(id="footer-row")

    def on_mount(self) -> None:
        self._mounted = True
        self._ready()

    @property
    def indexing(self) -> ProgressBar:
        """The progress bar of a refresh, under the panes; hidden until the app shows it.  Made
        when first asked for, which is after the first frame."""
        if self._indexing is None:
            from textual.widgets import ProgressBar

            self._indexing = ProgressBar(id="indexing", show_eta=False)
            self._indexing.display = False
        return self._indexing

    async def mount_hidden(self) -> None:
        """The find box and the progress bar start hidden, and the footer shows no keys until
        the screen's bindings are known: they are mounted after the first frame, which then has
        fewer widgets to lay out.  An app that quits before then (a test that has taken its
        screenshot) has nothing left to mount them on."""
        centre = self.query_one_optional("#centre")
        footer_row = self.query_one_optional("#footer-row")
        if centre is None or not centre.is_attached or footer_row is None:
            return
        from textual.widgets import Footer

        await footer_row.mount(Footer())
        self.refresh_bindings()  # the footer shows the keys from now on
        await centre.mount(self.find_input, after=self.view)
        await self.mount(self.indexing, after="#main")

    # Which panes show, and how wide.

    sections_share = 26  # the section list's width (as in reader.tcss), in per cent of the terminal's
    SHARES = (14, 50)  # the narrowest and widest it can be made with < and >

    def widen_sections(self, step: int) -> None:
        """Make the section list wider (``step`` > 0) or narrower, by 4 % of the terminal."""
        low, high = self.SHARES
        self.sections_share = min(max(self.sections_share + 4 * step, low), high)
        self.sections.styles.width = f"{self.sections_share}%"

    def fit(self, width: int) -> None:
        """Show or hide the sidebars for a terminal ``width`` columns wide (when it crosses
        ``NARROW``).  Before the panes are mounted there is nothing to fit: the app fits them
        once they are."""
        narrow = width < NARROW
        if self._mounted and narrow != self._narrow:
            self._narrow = narrow
            self.set_class(narrow, "narrow")
            self.show_sections = self.show_people = not narrow
            self.watch_show_sections(self.show_sections)
            self.watch_show_people(self.show_people)

    def watch_show_sections(self, show: bool) -> None:
        self._show_pane(self.sections, show)

    def watch_show_people(self, show: bool) -> None:
        self._show_pane(self.people, show)

    def _show_pane(self, pane: Widget, show: bool) -> None:
        if not show and pane.has_focus:
            self.view.focus()
        pane.display = show

    def toggle_sections(self) -> None:
        self.show_sections = not self.show_sections
        if self.show_sections:
            self.sections.focus()

    def toggle_people(self) -> None:
        self.show_people = not self.show_people
        if self.show_people:
            self.people.focus()

    # Finding text in the article.

    # As in less: `/` and a term, enter goes there and gives the article the focus, then n and N
    # go to the next and previous match while the find is active; escape ends it, and the next
    # `/` offers the same term again.

    @property
    def finding(self) -> bool:
        """A find is active: its box shows and it has a term."""
        return bool(self.find_input.display and self.view.find_term)

    def open_find(self) -> None:
        self.find_input.display = True
        if not self.find_input.value and self.last_find:
            self.find_input.value = self.last_find
        self.find_input.focus()

    def step_find(self, forward: bool) -> None:
        """The next (or previous) match of the active find."""
        self._show_matches(self.view.find(self.view.find_term, forward=forward))

    @on(Input.Changed, "#find")
    def _find_changed(self, event: Input.Changed) -> None:
        self._show_matches(self.view.find(event.value))

    @on(Input.Submitted, "#find")
    def _find_go(self, event: Input.Submitted) -> None:
        if self.view.find_term:
            self.last_find = self.view.find_term
        self.view.focus()

    def _show_matches(self, count: int) -> None:
        term = self.view.find_term
        if not term:
            self.find_input.border_title = ""
        elif count:
            self.find_input.border_title = f"match {(self.view.current_match or 0) + 1} of {count}"
        else:
            self.find_input.border_title = "no match"

    def close_find(self) -> None:
        find = self.find_input
        if find.display:
            refocus = find.has_focus
            if find.value:
                self.last_find = find.value
            find.display = False
            find.value = ""
            self.view.clear_find()
            if refocus:
                self.view.focus()
