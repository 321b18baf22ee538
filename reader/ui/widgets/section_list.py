"""The section list: the library as a tree, section -> date (or month) -> article titles, with
counts.

Under a section, each date has a node, except in a quiet month (``catalog.is_quiet``: fewer
than eight articles, or most of its dates holding one): one node for the month ("March 2024"),
its articles listed directly with their day ("12 Mar · Title").  Read from top to bottom, the
titles are in the same order either way, the order `n` and `p` walk.  Files that cannot be read
sit directly under "Unreadable files", with their error.

Unread articles carry a dot and bold titles, read ones are dimmed, the open one is marked with
an arrow.  Sections, dates and months show how many articles they hold and how many of those
are unread; marking an article read or unread changes those counts here, without asking the
index again.

The tree never holds the whole library.  It is drawn from counts the index adds up (files,
unread articles and quotes per section, then per date of a section), and it asks its
:class:`TreeSource` (the library) for a section's dates when the section is unfolded and for the
titles of a date or month when that is.  So a library of tens of thousands of articles paints
at once and costs memory only for what is unfolded.  Small libraries start with everything
unfolded; large ones (more than ``EAGER_LIMIT`` files) start with the sections folded, and
what is unfolded only to show the open article folds again when the next one is elsewhere.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from datetime import date
from typing import Protocol

from rich.style import Style
from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from ...library.catalog import (
    UNREADABLE,
    Counts,
    DayGroup,
    Entry,
    date_key,
    day_groups,
    day_of_month,
    entry_key,
    section_key,
)

# ("section", name), ("date", section, "2024-03-14" or "Undated"), ("month", section, "March 2024")
# or ("entry", key)
NodeData = tuple[str, ...]
Place = tuple[str, "date | None"]  # a date of a section: (section name, date)
EAGER_LIMIT = 1500  # up to this many files, every section and date starts expanded


class TreeSource(Protocol):
    """Where the section list reads the library from (reader.library.library.Library is one)."""

    def section_counts(self) -> dict[str, Counts]: ...

    def date_counts(self, section: str) -> dict[date | None, Counts]: ...

    def entries_in(self, section: str, day: date | None = ...) -> list[Entry]: ...

    def entries_within(self, section: str, newest: date, oldest: date) -> list[Entry]: ...


class SectionList(Tree[NodeData]):
    """Shows the library; enter or a click on a title opens that article; / searches."""

    COMPONENT_CLASSES = {
        "section-list--unread",
        "section-list--read",
        "section-list--open",
        "section-list--error",
        "section-list--count",
    }

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "scroll_home", "First", show=False),
        Binding("G", "scroll_end", "Last", show=False),
        Binding("slash", "search", "Search library"),
        Binding("space", "app.page_article('down')", "Page down", show=False),  # the article, from anywhere
    ]

    class ArticleChosen(Message):
        """The user chose the entry (an article or an unreadable file) with this key."""

        def __init__(self, key: str) -> None:
            super().__init__()
            self.key = key

    class SearchRequested(Message):
        """The user wants to search the whole library (/ in the section list)."""

    def __init__(self, source: TreeSource | None = None, *, id: str | None = None) -> None:
        super().__init__(Text("Library"), id=id)  # not markup: rich's emoji table loads later, if ever
        self.show_root = False
        self.guide_depth = 2
        self.source = source
        self.eager = True  # expand every section and date as it appears
        self.leaves: dict[str, TreeNode[NodeData]] = {}  # the titles made so far, by key
        self.shown: dict[str, Entry] = {}  # ... and their entries
        self.open_key: str | None = None
        self.read: set[str] = set()
        self._sections: dict[str, Counts] = {}  # every section
        self._layout: dict[str, dict[NodeData, DayGroup]] = {}  # sections unfolded: their dates and months
        self._place: dict[str, dict[date | None, NodeData]] = {}  # ... and the node each date is in
        self._collapsed: set[NodeData] = set()  # groups the user folded (while eager: kept folded)
        self._unfolded_for: list[NodeData] = []  # groups unfolded only to show the open article
        self._folding: set[NodeData] = set()  # ... folded again, until the tree says so
        self._groups: dict[NodeData, TreeNode[NodeData]] = {}  # section, date and month nodes made
        self._filled: set[NodeData] = set()  # group nodes whose children are made
        self._order: dict[int, list[tuple]] = {}  # per parent node id: its children's sort keys
        self._styles: dict[str, Style] = {}

    # What the app calls.

    def show_counts(self, counts: dict[str, Counts]) -> None:
        """Draw (or bring up to date) the sections from their counts."""
        for name in [name for name in self._sections if name not in counts]:
            self._drop(("section", name))
        self._sections = dict(counts)
        for name in counts:
            node = self._groups.get(("section", name))
            if node is None:
                self._section_node(name)
            else:
                self._count(node)

    def refresh_places(self, places: Iterable[Place]) -> None:
        """Read again from the source what changed: the section counts, and the dates and
        titles of the given places that are unfolded."""
        if self.source is None:
            return
        self.show_counts(self.source.section_counts())
        wanted = set(places)
        for section in {section for section, _ in wanted}:
            if ("section", section) in self._filled:
                self._sync_groups(section)
        for section, day in wanted:
            data = self._group_of(section, day)
            if data is not None and data in self._filled:
                self._sync_titles(data)

    def show_read(self, keys: Iterable[str]) -> None:
        """The articles read so far (as the index remembers them), before any is shown."""
        self.read = set(keys)

    def show_open(self, key: str | None) -> None:
        """Move the open mark to ``key``."""
        before, self.open_key = self.open_key, key
        for changed in {before, key}:
            if changed is not None:
                self._relabel(changed)

    def mark_read(self, entry: Entry) -> None:
        """``entry`` has just been read: its line, and the unread counts of its date and
        section (kept here: the index is not asked again)."""
        if entry.key not in self.read:
            self.read.add(entry.key)
            self._relabel(entry.key)
            self._count_unread(entry, -1)

    def mark_unread(self, entry: Entry) -> None:
        """``entry`` is unread again: its line and the counts above it."""
        if entry.key in self.read:
            self.read.discard(entry.key)
            self._relabel(entry.key)
            self._count_unread(entry, +1)

    def mark_all_read(self, keys: Iterable[str]) -> None:
        """Every article read (``keys``: the ones newly marked): the lines shown, and every
        count, from the index."""
        keys = set(keys) - self.read
        self.read |= keys
        for key in keys:
            self._relabel(key)
        self.refresh_places([])

    def reveal(self, entry: Entry) -> None:
        """Unfold the way to an article and put the cursor on it.  What was unfolded only to
        show the article open before, and is not on the way, folds again (and its titles are
        let go): the tree does not grow with every article passed."""
        if entry.section not in self._sections:
            self.refresh_places([(entry.section, entry.day)])
        section = self._groups.get(("section", entry.section))
        if section is None:
            return
        self._unfold_for(section)
        data = self._group_of(entry.section, entry.day)
        if data is None:  # a date the section did not have when it was unfolded
            self._sync_groups(entry.section)
            data = self._group_of(entry.section, entry.day)
        self._fold_what_was_unfolded_for_others({section.data, data})
        group = self._groups.get(data) if data is not None else None
        if group is not None and group is not section:
            self._unfold_for(group)
        if data is not None and entry.key not in self.leaves:
            self._sync_titles(data)
        self.call_after_refresh(self._move_to, entry.key)

    def _unfold_for(self, node: TreeNode[NodeData]) -> None:
        if not node.is_expanded and node.data is not None:
            self._unfolded_for.append(node.data)
        self._open(node)

    def _fold_what_was_unfolded_for_others(self, way: set[NodeData | None]) -> None:
        for data in [data for data in self._unfolded_for if data not in way]:
            self._unfolded_for.remove(data)
            node = self._groups.get(data)
            if node is not None and node.is_expanded:
                self._folding.add(data)
                node.collapse()
                self._let_go(data)

    def section_names(self) -> list[str]:
        return sorted(self._sections, key=section_key)

    def unread(self, section: str) -> int:
        return self._sections.get(section, Counts()).unread

    def count(self, section: str) -> int:
        return self._sections.get(section, Counts()).files

    def count_all(self) -> int:
        return sum(counts.files for counts in self._sections.values())

    def totals(self) -> tuple[int, int, int]:
        """Readable articles, quotes and unreadable files in the whole library."""
        unreadable = self.count(UNREADABLE)
        files = sum(counts.files for counts in self._sections.values())
        quotes = sum(counts.quotes for counts in self._sections.values())
        return files - unreadable, quotes, unreadable

    def action_search(self) -> None:
        self.post_message(self.SearchRequested())

    # Nodes made when first shown.

    def _section_node(self, name: str) -> TreeNode[NodeData]:
        data = ("section", name)
        node = self._groups.get(data)
        if node is None:
            node = self._groups[data] = self._insert(self.root, data, section_key(name), Text(name))
            self._count(node)
            if self.eager and data not in self._collapsed:
                self._open(node)
        return node

    def _group_node(self, section: TreeNode[NodeData], name: str, group: DayGroup, titles: list[Entry] | None = None) -> TreeNode[NodeData]:
        data = _group_data(name, group)
        node = self._groups.get(data)
        if node is None:
            node = self._groups[data] = self._insert(section, data, date_key(group.days[0]), Text(group.label))
            self._count(node)
            if self.eager and data not in self._collapsed:
                self._open(node, titles)
        return node

    def _group_of(self, section: str, day: date | None) -> NodeData | None:
        """The node an article of ``section`` on ``day`` is listed under, when its section is
        unfolded: a date, a month, or (for the unreadable files) the section itself."""
        if section == UNREADABLE:
            return ("section", section)
        return self._place.get(section, {}).get(day)

    def _set_layout(self, section: str, groups: list[DayGroup]) -> None:
        self._layout[section] = {_group_data(section, group): group for group in groups}
        self._place[section] = {day: data for data, group in self._layout[section].items() for day in group.days}

    def _open(self, node: TreeNode[NodeData], titles: list[Entry] | None = None) -> None:
        self._fill(node, titles)
        node.expand()

    def _fill(self, node: TreeNode[NodeData], titles: list[Entry] | None = None) -> None:
        data = node.data
        if not data or data in self._filled or self.source is None:
            return
        self._filled.add(data)
        if data[0] == "section" and data[1] != UNREADABLE:
            name = data[1]
            self._set_layout(name, day_groups(self.source.date_counts(name)))
            by_group: dict[NodeData | None, list[Entry]] = {}
            if self.eager:  # every date and month will unfold: read the section's titles in one query
                for entry in self.source.entries_in(name):
                    by_group.setdefault(self._group_of(name, entry.day), []).append(entry)
            for group_data, group in self._layout[name].items():
                self._group_node(node, name, group, by_group.get(group_data, []) if self.eager else None)
            return
        for entry in self._titles(data) if titles is None else titles:
            self._add_leaf(node, entry)

    def _titles(self, data: NodeData) -> list[Entry]:
        """The entries under a date, a month or the unreadable files, from the source."""
        if self.source is None:
            return []
        if data[0] == "section":
            return self.source.entries_in(data[1])
        group = self._layout.get(data[1], {}).get(data)
        if group is None:
            return []
        if group.is_month:
            newest, oldest = group.days[0], group.days[-1]
            assert newest is not None and oldest is not None  # a month has dates
            return self.source.entries_within(data[1], newest, oldest)
        return self.source.entries_in(data[1], group.days[0])

    def _add_leaf(self, parent: TreeNode[NodeData], entry: Entry) -> None:
        self.shown[entry.key] = entry
        label = self._entry_label(entry, with_day=_holds_days(parent))
        self.leaves[entry.key] = self._insert(parent, ("entry", entry.key), (date_key(entry.day), entry_key(entry)), label, leaf=True)

    def _sync_groups(self, section: str) -> None:
        """Bring the dates and months of an unfolded section up to date with the source."""
        node = self._groups.get(("section", section))
        if node is None or self.source is None or section == UNREADABLE:
            return
        groups = day_groups(self.source.date_counts(section))
        fresh = {_group_data(section, group): group for group in groups}
        unfolded = set()
        for data, group in self._layout.get(section, {}).items():
            if data not in fresh or fresh[data].days != group.days:
                if data in self._filled:
                    unfolded.add(data)
                self._drop(data)  # gone, or holding other dates now: made again below
        self._set_layout(section, groups)
        for data, group in fresh.items():
            made = self._groups.get(data)
            if made is None:
                made = self._group_node(node, section, group)
                if data in unfolded:
                    self._open(made)  # unfolded before: stays so
            else:
                self._count(made)

    def _sync_titles(self, data: NodeData) -> None:
        """Bring the titles of an unfolded date, month or unreadable files up to date with the
        source."""
        node = self._groups.get(data)
        if node is None or self.source is None:
            return
        fresh = {entry.key: entry for entry in self._titles(data)}
        for child in list(node.children):
            key = child.data[1] if child.data else ""
            if self.shown.get(key) != fresh.get(key):
                self._remove_leaf(key)
        for key, entry in fresh.items():
            if key not in self.leaves:
                self._add_leaf(node, entry)

    def _remove_leaf(self, key: str) -> None:
        self.shown.pop(key, None)
        node = self.leaves.pop(key, None)
        if node is not None:
            self._remove_node(node)

    def _remove_node(self, node: TreeNode[NodeData]) -> None:
        parent = node.parent
        if parent is not None:
            keys = self._order[parent.id]
            del keys[parent.children.index(node)]
        self._order.pop(node.id, None)
        node.remove()

    def _drop(self, data: NodeData) -> None:
        """Take out a section, date or month node and everything under it."""
        self._let_go(data)
        node = self._groups.pop(data, None)
        if node is not None:
            self._remove_node(node)

    def _let_go(self, data: NodeData) -> None:
        """Take out what is under a section, date or month node (made again when it is
        unfolded)."""
        self._filled.discard(data)
        if data[0] == "section" and data[1] != UNREADABLE:
            for group in self._layout.pop(data[1], {}):
                self._drop(group)
            self._place.pop(data[1], None)
            return
        node = self._groups.get(data)
        if node is not None:
            for child in node.children:
                key = child.data[1] if child.data else ""
                self.shown.pop(key, None)
                self.leaves.pop(key, None)
            self._order.pop(node.id, None)
            node.remove_children()

    def _insert(self, parent: TreeNode[NodeData], data: NodeData, order: tuple, label: Text, *, leaf: bool = False) -> TreeNode[NodeData]:
        keys = self._order.setdefault(parent.id, [])
        position = bisect.bisect(keys, order)
        keys.insert(position, order)
        before = position if position < len(parent.children) else None
        if leaf:
            return parent.add_leaf(label, data=data, before=before)
        return parent.add(label, data=data, before=before, allow_expand=True)

    # Counts.

    def _count_unread(self, entry: Entry, change: int) -> None:
        """Add ``change`` to the unread count of the entry's section and of its date or month,
        where shown."""
        if entry.error is not None:
            return
        counts = self._sections.get(entry.section)
        if counts is not None:
            self._sections[entry.section] = _unread_plus(counts, change)
            self._count_group(("section", entry.section))
        data = self._group_of(entry.section, entry.day)
        layout = self._layout.get(entry.section, {})
        if data in layout:
            group = layout[data]
            layout[data] = group._replace(counts=_unread_plus(group.counts, change))
            self._count_group(data)

    def _count_group(self, data: NodeData) -> None:
        node = self._groups.get(data)
        if node is not None:
            self._count(node)

    def _count(self, node: TreeNode[NodeData]) -> None:
        data = node.data or ("", "")
        if data[0] == "section":
            counts = self._sections.get(data[1], Counts())
        else:
            group = self._layout.get(data[1], {}).get(data)
            counts = group.counts if group is not None else Counts()
        text = Text(data[-1], style="bold")
        text.append(f" {counts.files}", style=self._style("count"))
        if counts.unread and data[1] != UNREADABLE:
            text.append(f" · {counts.unread} unread", style=self._style("count"))
        node.set_label(text)

    # Looks.

    def _relabel(self, key: str) -> None:
        node, entry = self.leaves.get(key), self.shown.get(key)
        if node is not None and entry is not None:
            node.set_label(self._entry_label(entry, with_day=node.parent is not None and _holds_days(node.parent)))

    def _move_to(self, key: str) -> None:
        node = self.leaves.get(key)
        if node is not None and node.line >= 0:
            self.move_cursor(node)

    def _style(self, name: str) -> Style:
        if name not in self._styles:
            self._styles[name] = self.get_component_rich_style(f"section-list--{name}", partial=True)
        return self._styles[name]

    def _entry_label(self, entry: Entry, *, with_day: bool = False) -> Text:
        """An article's line: unread dot, read, or open arrow; its day when listed in a month;
        its title and number of quotes.  An unreadable file's: its name and why."""
        from ...article.safe_text import (  # with the first title, not before
            safe_name,
            safe_text,
        )

        if entry.error is not None:
            text = Text("⚠ ", style=self._style("error"))
            text.append(safe_name(entry.path.name), style=self._style("error"))
            text.append(safe_text(f" — {entry.error}"), style=self._style("read"))
            return text
        if entry.key == self.open_key:
            text, look = Text("▶ ", style=self._style("open")), "open"
        elif entry.key in self.read:
            text, look = Text("  "), "read"
        else:
            text, look = Text("● ", style=self._style("unread")), "unread"
        if with_day and entry.day is not None:
            text.append(f"{day_of_month(entry.day)} · ", style=self._style("count"))
        text.append(safe_text(entry.title), style=self._style(look))
        if entry.quote_count:
            text.append(f" ❝{entry.quote_count}", style=self._style("count"))
        return text

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles = {}
        for key in self.leaves:  # a new theme: new colours for the marks
            self._relabel(key)
        for node in self._groups.values():
            self._count(node)

    # Events.

    @on(Tree.NodeSelected)
    def _selected(self, event: Tree.NodeSelected[NodeData]) -> None:
        data = event.node.data
        if data and data[0] == "entry":
            event.stop()
            self.post_message(self.ArticleChosen(data[1]))

    @on(Tree.NodeCollapsed)
    def _collapsed_node(self, event: Tree.NodeCollapsed[NodeData]) -> None:
        data = event.node.data
        if data in self._folding:
            self._folding.discard(data)  # folded to let its titles go (see reveal)
        elif data:
            if self.eager:
                self._collapsed.add(data)
            if data in self._unfolded_for:
                self._unfolded_for.remove(data)  # folded by the user: theirs from now on

    @on(Tree.NodeExpanded)
    def _expanded_node(self, event: Tree.NodeExpanded[NodeData]) -> None:
        if event.node.data:
            self._collapsed.discard(event.node.data)
            self._fill(event.node)


def _unread_plus(counts: Counts, change: int) -> Counts:
    return counts._replace(unread=min(counts.files, max(0, counts.unread + change)))


def _group_data(section: str, group: DayGroup) -> NodeData:
    return ("month" if group.is_month else "date", section, group.label)


def _holds_days(node: TreeNode[NodeData]) -> bool:
    """Whether the titles under ``node`` show their day (they do in a month's node)."""
    return node.data is not None and node.data[0] == "month"
