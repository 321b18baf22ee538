"""The reader app: section list, article, people and quotes; move from quote to quote and copy.

The main screen (``main_screen.py``) composes the panes; what is open and current is kept in a
headless ``ReadingSession`` (``session.py``); the app holds the current article, quote and
person as reactive attributes whose ``watch_*`` methods update the panes, handles what the panes
report, and owns the keys that span panes.  The palette's commands are in ``commands.py``.

The library comes from its index (``reader/library/``) in a thread worker: first the counts
of its sections (the section list paints at once, from them alone), then a refresh that reads
new and changed files in worker processes while a progress bar runs and the app stays usable.
The app never holds the library's entries: the section list asks the index for a date's titles
when it is unfolded, ``n`` and ``p`` ask it for the next article with quotes, and only the open
article is read from disk, when it is opened.
"""

from __future__ import annotations

import os
import threading
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from textual import events, on, work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.command import CommandPalette
from textual.markup import escape
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.timer import Timer
from textual.worker import get_current_worker

from ..gcpause import release
from ..library.catalog import Entry, group, in_order
from ..library.library import Library, Overview
from ..resources import styles_dir
from ..wording import plural
from .commands import SYSTEM_COMMANDS, ArticleCommands, PeopleCommands
from .main_screen import MainScreen
from .session import GoTo, LargeFile, ReadingSession
from .widgets.article_view import ArticleView, Layout, lay_out
from .widgets.people_sidebar import PeopleSidebar, quotes_by
from .widgets.quote_panel import QuotePanel
from .widgets.section_list import EAGER_LIMIT, SectionList

if TYPE_CHECKING:  # loaded when first used, so the first frame comes sooner
    from textual.widgets import ProgressBar

    from ..library.indexing import Progress
    from ..library.rows import Hit, QuoteAt
    from ..model import Article, Person, Quote
    from ..output.config import Config
    from .clipboard import CopyReport
    from .navigation import Stop
    from .screens.people import Destination, PeopleScreen


POLL_EVERY = 5.0  # seconds between looks at the library's folders for new and changed files


class FilesSeen(NamedTuple):
    """What a look at the files saw: each folder's time and size, and the open file's."""

    folders: tuple[tuple[str, int, int], ...]
    opened: tuple[str, int, int] | None


class ReaderApp(App[None]):
    """Read a folder of articles; lift quotes with their attribution."""

    TITLE = "reader"
    CSS_PATH = str(styles_dir() / "reader.tcss")
    COMMANDS = App.COMMANDS | {ArticleCommands, PeopleCommands}

    BINDINGS = [  # help and quit first: the footer shows them at any width
        Binding("question_mark,f1", "help", "Help", key_display="?"),
        Binding("q", "quit", "Quit"),
        Binding("n,right_square_bracket", "next_quote", "Next quote", key_display="n"),
        Binding("p,left_square_bracket", "previous_quote", "Prev quote", key_display="p"),
        Binding("c", "copy_quote", "Copy"),
        Binding("C", "copy_quote_as", "Copy as…"),
        Binding("slash", "find", "Find"),
        Binding("N", "previous_match", "Previous match", show=False),
        Binding("P", "library_people", "All people"),
        Binding("o", "open_article", "Open", show=False),
        Binding("s", "toggle_sections", "Sections"),
        Binding("w", "toggle_people", "People"),
        Binding("escape", "clear", "Clear", show=False),
        Binding("space", "page_article('down')", "Page down", show=False),
        Binding("b", "page_article('up')", "Page up", show=False),
        Binding("r", "reload", "Reload", show=False),
        Binding("u", "mark_unread", "Mark unread", show=False),
        Binding("A", "mark_all_read", "All read", show=False),
        Binding("U", "unread_only", "Unread", show=False),
        Binding("S", "same_quote", "Same quote elsewhere", show=False),
        Binding("v", "open_in('PAGER')", "Pager", show=False),
        Binding("e", "open_in('EDITOR')", "Editor", show=False),
        Binding("less_than_sign", "pane_width(-1)", "Narrower list", show=False),
        Binding("greater_than_sign", "pane_width(1)", "Wider list", show=False),
    ]

    current_key: reactive[str | None] = reactive(None, init=False)
    current_quote: reactive[int | None] = reactive(None, init=False)
    person: reactive[int | None] = reactive(None, init=False)
    loading: reactive[bool] = reactive(True, init=False)

    class IndexRead(Message):
        """What the index knew when the app started (posted by the loading worker)."""

        def __init__(self, overview: Overview, messages: list[str]) -> None:
            super().__init__()
            self.overview, self.messages = overview, messages

    class Indexing(Message):
        """A step of the refresh: progress, and the entries it read or dropped."""

        def __init__(self, step: Progress) -> None:
            super().__init__()
            self.step = step

    class LargeFileRead(Message):
        """A large file has been read in a thread (``article``), or could not be: one over the
        size cap read on request, or a large one under it read when opened."""

        def __init__(self, key: str, article: Article | None, layout: Layout | None, error: str | None) -> None:
            super().__init__()
            self.key, self.article, self.layout, self.error = key, article, layout, error

    class SameFound(Message):
        """The quotes of ``article`` that the library has elsewhere (one list per quote)."""

        def __init__(self, key: str, article: Article, found: list[list[QuoteAt]]) -> None:
            super().__init__()
            self.key, self.article, self.found = key, article, found

    class LibraryLoaded(Message):
        """The loading worker has brought the index up to date."""

        def __init__(self, messages: list[str]) -> None:
            super().__init__()
            self.messages = messages

    def __init__(
        self,
        path: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
        *,
        library: Library | None = None,
        quotes_file: Path | None = None,
        config: Config | None = None,
    ) -> None:
        super().__init__()
        paths = [path] if isinstance(path, (str, os.PathLike)) else list(path)
        self.library = library or Library(paths)
        self._quotes_file = quotes_file
        self.session = ReadingSession(self.library)  # what is open and current
        self._painted = threading.Event()  # the section list is on screen: the refresh may start
        self._config = config  # read when first needed (after the first frame)
        self._citation_style: str | None = None
        self.notices: deque[str] = deque(maxlen=100)  # every notification's text, newest last
        self._files_seen: FilesSeen | None = None  # see poll_files
        self._polling: Timer | None = None
        self._same: dict[int, list[QuoteAt]] = {}  # the open article's quotes found elsewhere
        self._moving = False  # an n or p is opening an article (see _show_when_due)
        self._display_due = False  # ... which is not shown yet
        self._due_offset: int | None = None  # where to scroll to once it is
        self.main = MainScreen(self.library, ready=self._panes_mounted)
        # the panes, as the app tells them what to show
        main = self.main
        self.sections, self.view, self.quotes, self.people = main.sections, main.view, main.quotes, main.people
        self.find_input = main.find_input

    @property
    def indexing(self) -> ProgressBar:
        """The progress bar of a refresh (made after the first frame, when first needed)."""
        return self.main.indexing

    @property
    def config(self) -> Config:
        """The user's settings (config.toml)."""
        if self._config is None:
            from ..output.config import load_config

            self._config = load_config()
        return self._config

    @property
    def citation_style(self) -> str:
        """The style c copies in (C picks another for one copy)."""
        return self._citation_style or self.config.citation_style

    @citation_style.setter
    def citation_style(self, style: str) -> None:
        self._citation_style = style

    @property
    def quotes_file(self) -> Path:
        """Where the copy dialog appends citations it could not copy."""
        if self._quotes_file is None:
            from .clipboard import default_quotes_file

            self._quotes_file = default_quotes_file()
        return self._quotes_file

    def notify(self, message: str, *, title: str = "", **options) -> None:  # type: ignore[override]
        """Notify (the newest notification replaces the one showing, so they never stack), and
        keep the text (for tests and for the record).  Everything notified passes through
        ``safe_text``: a file name or an error cannot reach the terminal as escape codes."""
        from ..article.safe_text import (
            safe_text,  # with the first notification, after the first frame
        )

        message, title = safe_text(message), safe_text(title)
        self.notices.append(f"{title}: {message}" if title else message)
        self.clear_notifications()
        super().notify(message, title=title, **options)

    # The screen.

    def get_default_screen(self) -> Screen[None]:
        return self.main

    def _panes_mounted(self) -> None:
        """The main screen has mounted the panes: fill them, and start loading the library."""
        self.sections.border_title = "Sections"
        self.sections.border_subtitle = "loading…"
        self.view.border_title = self.view.NAME
        self.quotes.border_title = "Quotes"
        self.people.border_title = "People"
        self.quotes.show(None)
        self.people.show(None)
        self.main.fit(self.size.width)
        self.call_after_refresh(self.main.mount_hidden)
        self.call_after_refresh(self._settings_warnings)
        self.call_after_refresh(self._restore_theme)
        overview = self.library.overview(wait=0.1)  # there already when the launcher read ahead
        if overview is not None:  # the first frame shows the section list
            self._show_overview(overview, self._messages())
        self.load_library(read_index=overview is None)

    # The theme last chosen is remembered (remembered.py), never in the library folder.

    def _restore_theme(self) -> None:
        from .remembered import remembered_theme

        theme = remembered_theme()
        if theme and theme in self.available_themes:
            self.theme = theme
        self._theme_restored = True

    def watch_theme(self, theme: str) -> None:
        if getattr(self, "_theme_restored", False):
            from .remembered import remember_theme

            remember_theme(theme)

    def _settings_warnings(self) -> None:
        for warning in self.config.warnings:
            self.notify(warning, title="Settings", severity="warning", markup=False)

    # Loading the library.

    @work(thread=True, exclusive=True, group="library")
    def load_library(self, read_index: bool = True) -> None:
        worker = get_current_worker()
        library = self.library
        if read_index:
            overview = library.overview()  # without a wait: read, never None
            assert overview is not None
            self.post_message(self.IndexRead(overview, self._messages()))
        self._painted.wait(timeout=3)  # let the first frame paint before parsing takes the CPU
        for step in library.refresh(cancelled=lambda: worker.is_cancelled):
            if worker.is_cancelled:
                return
            self.post_message(self.Indexing(step))
        self.post_message(self.LibraryLoaded(self._messages()))

    def _messages(self) -> list[str]:
        messages = list(self.library.messages)
        self.library.messages.clear()
        return messages

    @on(IndexRead)
    def _index_read(self, message: IndexRead) -> None:
        self._show_overview(message.overview, message.messages)

    def _show_overview(self, overview: Overview, messages: list[str]) -> None:
        for text in messages:
            self.notify(text, title="Library index", severity="warning", markup=False, timeout=10)
        self.session.read = set(overview.marks)
        self.sections.show_read(self.session.read)
        if sum(counts.files for counts in overview.counts.values()) > EAGER_LIMIT:
            self.sections.eager = False
        self.sections.show_counts(overview.counts)
        if overview.counts:
            self._summary()
            if self.current_key is None:
                self.call_after_refresh(self._open_first, overview.last)  # the list first, then the article
        self.call_after_refresh(self._first_frame)

    def _first_frame(self) -> None:
        """The section list is on screen: the refresh may start, and the garbage collector
        the launcher paused may run again."""
        release()
        self._painted.set()

    @on(Indexing)
    def _indexing(self, message: Indexing) -> None:
        step = message.step
        if step.phase == "scanning":
            if step.total and step.total > EAGER_LIMIT and not self.sections.count_all():
                self.sections.eager = False
            if step.total:
                self.loading = True
                self.indexing.display = True
                self.indexing.update(total=step.total, progress=0)
        if step.places:
            self.sections.refresh_places(step.places)
        changed = {entry.key: entry for entry in step.entries}
        if self.current_key in changed:
            if self.session.large_file_of(self.current_key) is not None and changed[self.current_key].error is None:
                self.session.large_file = None  # a large file read in a thread changed on disk: read it again
            self._reload()
        if step.phase != "done" and step.total:
            self.indexing.update(total=step.total, progress=step.done)
            self.sections.border_subtitle = f"indexing… {step.done} of {step.total}"

    @on(LibraryLoaded)
    def _library_loaded(self, message: LibraryLoaded) -> None:
        self.loading = False
        self.indexing.display = False
        for text in message.messages:
            self.notify(text, title="Library index", severity="warning", markup=False, timeout=10)
        self._summary()
        if self.current_key is None:
            self._open_first(None)
        elif self.library.entry(self.current_key) is None:
            self.session.entry = None
            self.current_key = None
        self._files_seen = self._files_now()
        if self._polling is None:
            self._polling = self.set_interval(POLL_EVERY, self._poll)
        if not self.sections.count_all():
            folders = ", ".join(str(path) for path in self.library.paths)
            self.view.show_message(
                "No article files here",
                f"reader found no article files (*.txt) in {folders}. Save articles there as plain "
                "text files ending in .txt (folders inside are searched too), then press r to look "
                "again; or start reader with another folder: reader PATH.",
            )
            self.notify("No article files (*.txt) here.", severity="warning")

    def _summary(self) -> None:
        articles, quotes, unreadable = self.sections.totals()
        summary = f"{plural(articles, 'article')} · {plural(quotes, 'quote')}"
        self.sections.border_subtitle = summary + (f" · {unreadable} unreadable" if unreadable else "")

    def _open_first(self, last: str | None) -> None:
        """Open the article read last, else the first readable one, else the first file."""
        if self.current_key is not None:
            return
        first = self.session.first_entry(last)
        if first is not None:
            self.open_entry(first.key)

    @property
    def entries(self) -> Mapping[str, Entry]:
        """Every entry of the library by key (a Mapping read from the index when asked)."""
        return self.library.by_key

    @property
    def order(self) -> list[Entry]:
        """Every entry in the order of the section list, read from the index (for scripts and
        tests: the app itself never loads them all)."""
        return in_order(group(self.library.entries()))

    # What is open and current.

    @property
    def entry(self) -> Entry | None:
        return self.session.entry if self.current_key else None

    @property
    def article(self) -> Article | None:
        return self.session.article if self.current_key else None

    @property
    def read(self) -> set[str]:
        """The keys of the articles opened (now or before, as the index remembers)."""
        return self.session.read

    @property
    def quote(self) -> Quote | None:
        article = self.article
        if article is None or self.current_quote is None or self.current_quote >= len(article.quotes):
            return None
        return article.quotes[self.current_quote]

    @property
    def selected_person(self) -> Person | None:
        article = self.article
        if article is None or self.person is None or self.person >= len(article.people):
            return None
        return article.people[self.person]

    def open_entry(self, key: str, quote: int | None = None, offset: int | None = None) -> None:
        """Open the article (or unreadable file) with this key; optionally go to a quote or to
        a character offset.  Otherwise the article opens where the reader left it."""
        entry = self.library.entry(key)
        if entry is None:
            return
        self.sections.reveal(entry)
        if key == self.current_key:
            self._go(quote, offset)
            return
        self._save_position()
        self.session.goto = GoTo(quote, offset) if quote is not None or offset is not None else None
        self.session.entry = entry
        self.current_key = key

    def _go(self, quote: int | None, offset: int | None) -> None:
        if self.session.article is None:  # still being read in a thread: go there once it is shown
            if quote is not None or offset is not None:
                self.session.goto_after_read = GoTo(quote, offset)
            return
        if quote is not None:
            self.current_quote = quote
            if not self._display_due:
                self.view.scroll_to_quote(quote)
        elif offset is not None:
            if self._display_due:
                self._due_offset = offset
            else:
                self.view.scroll_to_offset(offset)

    def _save_position(self) -> None:
        """Remember where the reader is in the open article (kept in the index); the place in
        the text only if the article pane has shown it (n held: passed before it was)."""
        if self.current_key is not None and self.session.article is not None:
            shown = self.view.article is self.session.article
            self.session.save_position(self.current_key, self.view.top_offset() if shown else None, self.current_quote)

    def _reload(self, goto: GoTo | None = None) -> None:
        """The open file changed on disk (or was read in a thread): show it again, where the
        reader was, or at ``goto`` (quote, offset)."""
        self._save_position()
        key = self.current_key
        self.set_reactive(ReaderApp.current_key, None)
        self.session.goto = goto
        self.session.entry = self.library.entry(key) if key else None
        self.current_key = key if self.session.entry is not None else None

    def choose_person(self, index: int | None) -> None:
        self.person = index

    def watch_current_key(self, key: str | None) -> None:
        entry = self.entry
        self.set_reactive(ReaderApp.current_quote, None)
        self.set_reactive(ReaderApp.person, None)
        self.main.close_find()
        session = self.session
        goto, session.goto = session.goto, None
        session.goto_after_read = None
        if session.large_file_of(key) is None:
            session.large_file = None  # a large file read in a thread is kept only while it is open
        self._display_due, self._due_offset = False, None
        if entry is None:
            session.article, session.error = None, None
            self.view.show_article(None)
        elif session.reads_in_background(entry):
            session.article, session.error = None, None
            session.goto_after_read = goto
            goto = None
            self.read_large_file(entry.key, self.view.scrollable_content_region.width)
            notice = "Reading this large file… (the app stays usable)"
            self.view.show_article(None, name=entry.path.name, notice=notice)
        else:
            session.load(entry)
            goto = session.opened(entry, goto)
            if self._moving:  # n or p: shown once the keys queued behind this one are handled
                self._display_due = True
                self.call_later(self._show_when_due)
            else:
                self._show_article(entry)
        if not self._display_due:
            self._show_panes(key)
        self.sections.show_open(key)
        if entry is not None and key in session.read:
            self.sections.mark_read(entry)
        if not self._display_due:
            self._update_titles()
        if goto is not None and session.article is not None:
            quote, offset = goto
            if quote is not None and quote >= len(session.article.quotes):
                quote = None
            self._go(quote, offset)

    def _show_article(self, entry: Entry) -> None:
        """The article pane shows the open article (read already), or why it cannot."""
        session = self.session
        notice = None
        from ..article.decode import (
            is_too_large,  # loaded after the first frame (4 ms)
        )

        if session.article is None and is_too_large(session.error):
            notice = "Choose it in the section list (enter) to open it anyway."
        kept = session.large_file_of(entry.key)
        layout = kept.layout if kept is not None else None
        self.view.show_article(session.article, error=session.error, name=entry.path.name, notice=notice, layout=layout)

    def _show_panes(self, key: str | None) -> None:
        """The people and quotes of the open article; its quotes looked up elsewhere."""
        self.people.show(self.article)
        self.quotes.show(self.article)
        self._same = {}
        if key is not None and self.article is not None and self.article.quotes:
            self.find_same_quotes(key, self.article)

    # Keys that queue up: n and p held down pass through articles faster than they can be
    # shown.  Each press still moves (the articles passed are read, their places kept), but an
    # article entered by n or p is shown once the keys queued behind that press are handled:
    # the panes show only the article the keys stop at.  Any other key or a click shows it
    # first, so it acts on what it would have acted on.

    MOVES = frozenset({"n", "p", "right_square_bracket", "left_square_bracket"})

    def _show_when_due(self) -> None:
        if not self._display_due:
            return  # shown already (another key came, or a later press showed a later article)
        entry = self.entry
        self._display_due = False
        if entry is None:
            return
        self._show_article(entry)
        self._show_panes(self.current_key)
        if self._due_offset is not None:
            self.view.scroll_to_offset(self._due_offset)
            self._due_offset = None
        if self.person is not None:
            self.watch_person(self.person)
        self.watch_current_quote(self.current_quote)

    async def on_event(self, event: events.Event) -> None:
        if (
            self._display_due
            and isinstance(event, events.InputEvent)
            and not event.is_forwarded
            and not (isinstance(event, events.Key) and event.key in self.MOVES)
        ):
            self._show_when_due()
        await super().on_event(event)

    def watch_current_quote(self, index: int | None) -> None:
        if self._display_due:
            return
        self.view.set_current_quote(index)
        self.quotes.set_current(index)
        self._update_titles()

    def watch_person(self, index: int | None) -> None:
        article, person = self.article, self.selected_person
        theirs = quotes_by(article, person) if person is not None and article is not None else None
        if not self._display_due:
            self.view.set_person(person)
            self.people.show(article, selected=index)
            if theirs is None or person is None:
                self.quotes.show(article)
            else:
                self.quotes.show(article, theirs, who=person.name)
        if theirs is not None and self.current_quote not in theirs:  # the current quote is always one listed
            from .navigation import nearest

            self.current_quote = nearest(theirs, self.current_quote)
        if not self._display_due:
            self.quotes.set_current(self.current_quote)
            self._update_titles()

    def _update_titles(self) -> None:
        article, person = self.article, self.selected_person
        total = len(article.quotes) if article else 0
        if person is not None:
            self.quotes.border_title = f"Quotes by {escape(person.name)} ({len(self.quotes.shown)} of {total})"
        else:
            self.quotes.border_title = f"Quotes ({total})" if article else "Quotes"
        if article is not None and self.current_quote is not None:
            self.view.border_subtitle = f"quote {self.current_quote + 1} of {total}"
        else:
            self.view.border_subtitle = ""

    # Messages from the panes.

    @on(SectionList.ArticleChosen)
    def _article_chosen(self, message: SectionList.ArticleChosen) -> None:
        from ..article.decode import is_too_large

        self.open_entry(message.key)
        entry = self.entry
        if entry is not None and entry.key == message.key and self.session.article is None and is_too_large(entry.error):
            self._ask_to_read_anyway(entry)
        else:
            self.view.focus()  # as in newsboat: the article chosen is the one to read

    # A file over the size cap: listed as too large, read only when asked for.

    def _ask_to_read_anyway(self, entry: Entry) -> None:
        from .screens.confirm import Confirm

        def answer(yes: bool | None) -> None:
            if yes and self.current_key == entry.key:
                self.view.show_article(
                    None, error=entry.error, name=entry.path.name, notice="Reading it anyway… (the app stays usable)"
                )
                self.read_large_file(entry.key, self.view.scrollable_content_region.width)

        from ..article.safe_text import safe_name

        question = f"{safe_name(entry.path.name)} is {entry.error}. Reading it may take a while. Open it anyway?"
        self.push_screen(Confirm("A large file", question, yes="Open anyway"), answer)

    @work(thread=True, exclusive=True, group="large-file")
    def read_large_file(self, key: str, width: int) -> None:
        """Read a large file in a thread (over the size cap, or a large one under it), and lay
        it out for the article pane (``width`` cells) there too, so the screen only shows it; a
        file over the cap stays listed as too large."""
        from ..article.decode import why_unreadable

        article = layout = error = None
        try:
            article = self.library.article(key, anyway=True)
            layout = lay_out(article, width)
        except Exception as problem:  # unreadable, or a bug in the parser or extractor: say so, keep going
            article, error = None, why_unreadable(problem)
        self.post_message(self.LargeFileRead(key, article, layout, error))

    @on(LargeFileRead)
    def _large_file_read(self, message: LargeFileRead) -> None:
        if message.article is None:
            self.notify(f"{Path(message.key).name}: {message.error}", title="Could not read it", severity="error", markup=False)
            if self.current_key == message.key:
                self.session.error = message.error
                self.view.show_article(None, error=message.error, name=Path(message.key).name)
            return
        if self.current_key != message.key:
            return  # the reader moved on meanwhile: not kept
        assert message.layout is not None
        self.session.large_file = LargeFile(message.key, message.article, message.layout)
        goto, self.session.goto_after_read = self.session.goto_after_read, None
        self._reload(goto)

    @on(SectionList.SearchRequested)
    def _search_requested(self) -> None:
        self.action_search_library()

    @on(QuotePanel.QuoteChosen)
    def _quote_chosen(self, message: QuotePanel.QuoteChosen) -> None:
        if message.article is not self.article:
            return  # chosen in an article the reader has left since
        if message.index != self.current_quote:
            self.current_quote = message.index
        elif message.jump:
            self.view.scroll_to_quote(message.index)

    @on(ArticleView.QuoteClicked)
    def _quote_clicked(self, message: ArticleView.QuoteClicked) -> None:
        self.current_quote = message.index

    @on(PeopleSidebar.PersonChosen)
    def _person_chosen(self, message: PeopleSidebar.PersonChosen) -> None:
        if message.article is self.article:  # else chosen in an article the reader has left since
            self.person = message.index

    # Quote to quote.

    def action_quote_in_list(self, where: str) -> None:
        """A move in the quote panel (down, up, first, last, page_down, page_up): the quote it
        lands on is current at once, so keys that follow start from it."""
        index = self.quotes.index_at(where)
        if index is not None and index != self.current_quote:
            self.current_quote = index

    def _theirs(self, person: Person) -> list[int]:
        """The quotes of the open article by ``person`` (the ones the quote panel lists)."""
        return quotes_by(self.article, person) if self.article is not None else []

    def _step_among_theirs(self, person: Person, stop: Stop | None) -> None:
        if stop is not None:
            self.current_quote = stop.quote
        else:
            message = f"No more quotes by {person.name} in this article (escape: everyone's quotes)."
            self.notify(message, title="No more quotes", markup=False)

    def action_next_quote(self) -> None:
        from .navigation import next_quote  # with the first n, after the first frame

        if self.main.finding:  # as in less: n is the next match while a find is active
            self.main.step_find(forward=True)
            return
        person = self.selected_person
        if person is not None:  # only their quotes, in this article
            self._step_among_theirs(person, next_quote(self.session.here(self.entry), self.current_quote, (), self._theirs(person)))
            return
        following = self.library.walk(self.current_key, quoted=True)  # read only when needed
        stop = next_quote(self.session.here(self.entry), self.current_quote, following)
        self._go_to_stop(stop, "That was the last quote in the library.", "On to the next article with quotes", "Next article")

    def action_previous_quote(self) -> None:
        from .navigation import previous_quote

        person = self.selected_person
        if person is not None:  # only their quotes, in this article
            self._step_among_theirs(person, previous_quote(self.session.here(self.entry), self.current_quote, (), self._theirs(person)))
            return
        preceding = self.library.walk(self.current_key, quoted=True, backward=True)
        stop = previous_quote(self.session.here(self.entry), self.current_quote, preceding)
        self._go_to_stop(
            stop, "That was the first quote in the library.", "Back to the previous article with quotes", "Previous article"
        )

    def _go_to_stop(self, stop: Stop | None, at_the_end: str, onward: str, title: str) -> None:
        """Make the quote ``stop`` current, opening its article when it is another one (and
        saying so: ``onward``, ``title``); at the end of the library say ``at_the_end``."""
        if stop is None:
            self.notify(at_the_end, title="No more quotes")
            return
        if stop.other_article:
            self._moving = True
            try:
                self.open_entry(stop.key)
            finally:
                self._moving = False
            name = self.entry.title if self.entry else ""
            self.notify(f"{onward}: {name}", title=title, markup=False)
        self.current_quote = stop.quote

    # Copying.

    def action_copy_quote(self) -> None:
        self.copy_quote(self.citation_style)

    def action_copy_quote_as(self) -> None:
        quote, article = self.quote, self.article
        if quote is None or article is None:
            self._no_quote()
            return

        def chosen(style: str | None) -> None:
            if style:
                self.copy_quote(style)

        from ..output.publication import source_of
        from .screens.style_chooser import StyleChooser

        self.push_screen(StyleChooser(quote, article, self.citation_style, source_of(article, self.config)), chosen)

    def _no_quote(self) -> None:
        self.notify("No quote selected: press n to go to the next quote.", severity="warning")

    def copy_quote(self, style: str) -> CopyReport | None:
        quote, article = self.quote, self.article
        if quote is None or article is None:
            self._no_quote()
            return None
        return self.copy_citation(quote, article, style)

    def on_people_screen_copy_quote(self, message: PeopleScreen.CopyQuote) -> None:
        """c on a quote in "Quotes by ..." (people across the library): copy it from its article."""
        try:
            article = self.library.article(message.key)
            quote = article.quotes[message.quote]
        except Exception as error:  # the file changed or went away since it was indexed
            self.notify(f"{Path(message.key).name}: {error}", title="Could not copy it", severity="error", markup=False)
            return
        self.copy_citation(quote, article, self.citation_style)

    def copy_citation(self, quote: Quote, article: Article, style: str) -> CopyReport:
        """Copy ``quote`` of ``article`` with its attribution in ``style``; say how it went."""
        from ..output.cite import cite
        from ..output.publication import source_of
        from . import clipboard

        text = cite(quote, article, style, source_of(article, self.config))
        report = clipboard.copy(text, osc52=self.copy_to_clipboard)
        if report.confirmed:
            self.notify(report.summary(), title=f"Copied ({style})", markup=False)
        else:
            from .screens.copy_fallback import CopyFallback

            self.push_screen(CopyFallback(report, self.quotes_file))
        return report

    def action_find(self) -> None:
        self.main.open_find()

    def action_page_article(self, direction: str) -> None:
        """space and b page the article wherever the focus is."""
        if direction == "down":
            self.view.action_page_down()
        else:
            self.view.action_page_up()

    # New and changed files, picked up while the app runs: cheap polling of the folders' times
    # (a file added, removed or renamed changes its folder's) and of the open file's.

    def _files_now(self) -> FilesSeen:
        folders = []
        for place in self.library.paths:
            for folder in [place] if not os.path.isdir(place) else (top for top, _, _ in os.walk(place)):
                try:
                    info = os.stat(folder)
                except OSError:
                    continue
                folders.append((folder, info.st_mtime_ns, info.st_size))
        opened = None
        if self.current_key:
            try:
                info = os.stat(self.current_key)
                opened = (self.current_key, info.st_mtime_ns, info.st_size)
            except OSError:
                opened = (self.current_key, -1, -1)
        return FilesSeen(tuple(folders), opened)

    def _files_changed(self, now: FilesSeen) -> bool:
        """Whether a folder changed since last looked, or the open file did (another article
        opened since is no change: it is read from its file when opened)."""
        seen = self._files_seen
        if seen is None:
            return False
        if now.folders != seen.folders:
            return True
        return now.opened is not None and seen.opened is not None and now.opened[0] == seen.opened[0] and now.opened != seen.opened

    def poll_files(self, now: FilesSeen | None = None) -> bool:
        """Read the library again if a file was added, removed or renamed, or the open one
        changed, since last looked (or as ``now`` saw them, looked at in a thread); whether it
        was."""
        now = now or self._files_now()
        if self.loading or self._files_seen is None:
            return False
        changed = self._files_changed(now)
        self._files_seen = now
        if changed:
            self.load_library(read_index=False)
        return changed

    @work(thread=True, exclusive=True, group="poll")
    def _poll_in_thread(self) -> None:
        now = self._files_now()  # the walk in a thread: the screen never waits for it
        if now != self._files_seen:
            self.call_from_thread(self.poll_files, now)

    def _poll(self) -> None:
        if not self.loading:
            self._poll_in_thread()

    def action_open_in(self, variable: str) -> None:
        """v: the open file in $PAGER (default less); e: in $EDITOR (default vi); its path is
        shown.  reader never writes to it: an editor the user runs may."""
        import shlex
        import subprocess

        entry = self.entry
        if entry is None:
            self._no_quote()
            return
        command = shlex.split(os.environ.get(variable) or ("less" if variable == "PAGER" else "vi"))
        self.notify(entry.key, title=f"{command[0]}: the file", markup=False)
        try:
            with self.suspend():
                subprocess.run([*command, entry.key], check=False)
        except Exception as error:  # no terminal to hand over (a web or test driver), or no such program
            self.notify(f"{command[0]} could not be run ({error}); the file is {entry.key}", severity="warning", markup=False)

    # The same quote in other articles: looked up in the index after an article is shown.

    @work(thread=True, group="same")
    def find_same_quotes(self, key: str, article: Article) -> None:
        # not exclusive (a cancelled worker would still run its query to the end): one whose
        # article the reader has left stops at the next page of the index, and a late answer
        # is dropped
        found = self.library.same_quotes_of([quote.text for quote in article.quotes], stop=lambda: self.current_key != key)
        if found is not None:
            self.post_message(self.SameFound(key, article, found))

    @on(SameFound)
    def _same_found(self, message: SameFound) -> None:
        if message.key != self.current_key or message.article is not self.article:
            return
        self._same = {index: items for index, items in enumerate(message.found)}
        counts = {index: len({item.key for item in items} - {message.key}) for index, items in self._same.items()}
        self.quotes.mark_elsewhere(message.article, {index: count for index, count in counts.items() if count})

    def action_same_quote(self) -> None:
        """Every article that carries the current quote, with the speaker each gives."""
        quote, key = self.quote, self.current_key
        if quote is None or key is None or self.current_quote is None:
            self._no_quote()
            return
        found = self._same.get(self.current_quote)
        if found is None:
            found = self.library.same_quotes(quote.text)
        from .screens.same_quote import SameQuoteScreen

        def chosen(item: QuoteAt | None) -> None:
            if item is not None:
                self.open_entry(item.key, quote=item.quote)
                self.view.focus()

        self.push_screen(SameQuoteScreen(found, key, quote.speaker), chosen)

    # Read and unread.

    def action_mark_unread(self) -> None:
        """The open article is unread again (it stays open; opening it again reads it)."""
        key = self.current_key
        if key is None or key not in self.session.read:
            return
        self.session.forget(key)
        entry = self.entry
        if entry is not None:
            self.sections.mark_unread(entry)
        self.notify("Marked unread.", title=entry.title if entry else "")

    def action_mark_all_read(self) -> None:
        keys = self.session.mark_all_read()
        self.sections.mark_all_read(keys)
        self.notify(f"{plural(len(keys), 'article')} marked read.", title="All read")

    def action_unread_only(self) -> None:
        """Only the unread articles, newest first; enter opens one."""
        from .screens.unread import UnreadScreen

        def chosen(key: str | None) -> None:
            if key is not None:
                self.open_entry(key)
                self.view.focus()

        if not isinstance(self.screen, UnreadScreen):
            self.push_screen(UnreadScreen(self.library), chosen)

    def action_reload(self) -> None:
        """Look at the folder again: new, changed and deleted files (the open one too)."""
        self.notify("Looking for new and changed files…", title="Reload")
        self.load_library(read_index=False)

    def action_pane_width(self, step: int) -> None:
        self.main.widen_sections(step)

    def action_previous_match(self) -> None:
        if self.main.finding:
            self.main.step_find(forward=False)
        else:
            self.notify("N goes to the previous match of a find: press / to find text.", title="No find")

    def action_clear(self) -> None:
        if self.find_input.display:
            self.main.close_find()
        elif self.person is not None:
            self.person = None

    # Panes and screens.

    def on_resize(self, event) -> None:
        self.main.fit(event.size.width)

    def action_toggle_sections(self) -> None:
        self.main.toggle_sections()

    def action_toggle_people(self) -> None:
        self.main.toggle_people()

    def action_help(self) -> None:
        from .screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_search_library(self) -> None:
        """Search the whole library; open the chosen hit where it is."""
        from .screens.search import SearchScreen

        if not isinstance(self.screen, SearchScreen):
            self.push_screen(SearchScreen(self.library), self._go_to_chosen)

    def action_library_people(self) -> None:
        """Everyone named across the library; a person's quotes; open one at the quote."""
        from .screens.people import PeopleScreen

        if not isinstance(self.screen, PeopleScreen):
            self.push_screen(PeopleScreen(self.library), self._go_to_chosen)

    def _go_to_chosen(self, where: Hit | Destination | None) -> None:
        """Open the article a library-wide screen chose, at its quote or offset.  When the
        screen found the index damaged (the library rebuilt it, empty), index it again."""
        if self.library.rebuilt:
            self.library.rebuilt = False
            self.load_library(read_index=True)
        if where is not None:
            self.open_entry(where.key, quote=where.quote, offset=where.offset)
            self.view.focus()

    def on_unmount(self) -> None:
        release()
        self._save_position()

    def action_open_article(self) -> None:
        self.push_screen(CommandPalette(providers=[ArticleCommands], placeholder="Open article…"))

    def action_jump_to_person(self) -> None:
        self.push_screen(CommandPalette(providers=[PeopleCommands], placeholder="Jump to person…"))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        for title, help, action in SYSTEM_COMMANDS:
            yield SystemCommand(title, help, getattr(self, f"action_{action}"))
