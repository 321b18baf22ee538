"""The help screen: every key of the app, by where it works."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from . import DIALOG_CSS

# (where, keys, what) — README.md's "Using reader" lists the same keys; a test keeps them in step
# with the bindings of the app and its panes.
KEYS: list[tuple[str, str, str]] = [
    ("Quotes", "n  ]", "next quote (at the last one: the next article that has quotes)"),
    ("Quotes", "p  [", "previous quote (at the first one: the previous article with quotes)"),
    ("Quotes", "c", "copy the current quote with its attribution (style from config.toml)"),
    ("Quotes", "C", "choose a citation style for this copy (previews of each)"),
    ("Quotes", "S", "the same quote in other articles (marked ≡): who else reported it, whom they credited"),
    ("Panes", "tab  shift+tab", "next / previous pane"),
    ("Panes", "s", "show or hide the section list"),
    ("Panes", "w", "show or hide the people sidebar"),
    ("Panes", "<  >", "a narrower / wider section list (the panes follow the terminal's width)"),
    ("Panes", "escape", "show everyone's quotes again; close find; close a dialog"),
    ("Moving", "j  k  ↓  ↑", "down / up (scroll the article, move in a list)"),
    ("Moving", "g  G  home  end", "top / bottom"),
    ("Moving", "pgdn  pgup  space  b", "page down / up in the article (space and b from any pane)"),
    ("Moving", "enter", "open the article and read it / select the person / go to the quote"),
    ("Moving", "o", "open an article by title"),
    ("Moving", "/", "find text in the article (enter: go there; escape: close, the term is kept for the next /)"),
    ("Moving", "n  N", "while a find is active: next / previous match (as in less)"),
    ("Library", "/", "in the section list: search the whole library (titles, text, quotes, people)"),
    ("Library", "r", "reload: pick up new, changed and deleted files (also looked for every few seconds)"),
    ("Library", "u  A", "mark the open article unread / every article read"),
    ("Library", "U", "only the unread articles, newest first (enter opens one)"),
    ("Library", "v  e", "open the article's file in $PAGER / $EDITOR (its path is shown)"),
    ("Library", "P", "people across the library: everyone named or quoted, all their quotes"),
    ("Library", "j  k  c  q", "in the library lists: down / up, copy the quote (people's quotes), close"),
    ("Other", "?  f1", "this help"),
    ("Other", "ctrl+p", "command palette: open article, jump to person, copy, theme..."),
    ("Other", "q  ctrl+q", "quit"),
    ("Mouse", "click", "open an article, pick a person or a quote, click a quote in the text"),
]

# What the quote panel's marks mean, under the keys.
MARKS: list[tuple[str, str]] = [
    ("(probably)", "after a speaker: reader inferred who spoke (a pronoun, a turn going on); check the text"),
    ("unknown speaker", "the article does not say who spoke; a citation says \"speaker not named in the article\""),
]


def keys_table() -> Table:
    table = Table(box=None, show_header=False, padding=(0, 2, 0, 0), expand=True)
    table.add_column(style="bold", no_wrap=True)
    table.add_column(no_wrap=True)
    table.add_column(ratio=1)
    last = None
    for where, keys, what in KEYS:
        if last is not None and where != last:
            table.add_row("", "", "")
        table.add_row(Text(where if where != last else ""), Text(keys), Text(what))
        last = where
    return table


def marks_table() -> Table:
    table = Table(box=None, show_header=False, padding=(0, 2, 0, 0), expand=True, title="Marks in the quote panel")
    table.add_column(style="bold", no_wrap=True)
    table.add_column(ratio=1)
    for mark, meaning in MARKS:
        table.add_row(Text(mark), Text(meaning))
    return table


class HelpScreen(ModalScreen[None]):
    """Lists every key; escape, q, ? or f1 closes it."""

    CSS_PATH = DIALOG_CSS

    BINDINGS = [
        Binding("escape,q,question_mark,f1", "close", "Close"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-dialog") as dialog:
            dialog.border_title = "reader — keys"
            dialog.border_subtitle = "escape to close"
            yield Static(keys_table(), id="help-keys")
            yield Static(marks_table(), id="help-marks")

    def action_close(self) -> None:
        self.dismiss(None)
