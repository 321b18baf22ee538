"""The section list: the library as a tree, section -> date -> article titles, with counts.

Unread articles carry a dot and bold titles, read ones are dimmed, the open one is marked with
an arrow; files that cannot be read sit under "Unreadable files" with their error.  Sections
and dates show how many articles they hold and how many of those are unread.

A library of tens of thousands of articles would make a tree too big to build before the first
paint, so nodes are made when they are first shown: a section's dates when the section is
expanded, a date's titles when the date is.  Small libraries start with everything expanded;
large ones (more than ``EAGER_LIMIT`` files) start with the sections folded.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from datetime import date

from rich.style import Style
from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from ..catalog import UNDATED, UNREADABLE, Entry, date_key, entry_key, section_key

NodeData = tuple[str, ...]  # ("section", name), ("date", name, label) or ("entry", key)
EAGER_LIMIT = 1500  # up to this many files, every section and date starts expanded


def _label(day: date | None) -> str:
    return day.isoformat() if day else UNDATED


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
    ]

    class ArticleChosen(Message):
        """The user chose the entry (an article or an unreadable file) with this key."""

        def __init__(self, key: str) -> None:
            super().__init__()
            self.key = key

    class SearchRequested(Message):
        """The user wants to search the whole library (/ in the section list)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("Library", id=id)
        self.show_root = False
        self.guide_depth = 2
        self.eager = True  # expand every section and date as it appears
        self.entries: dict[str, Entry] = {}
        self.leaves: dict[str, TreeNode[NodeData]] = {}
        self.open_key: str | None = None
        self.read: set[str] = set()
        self._members: dict[NodeData, dict[str, Entry]] = {}  # date group -> its entries
        self._days: dict[str, dict[str, date | None]] = {}  # section -> its dates
        self._counts: dict[NodeData, tuple[int, int]] = {}  # date group -> (files, unread)
        self._collapsed: set[NodeData] = set()
        self._groups: dict[NodeData, TreeNode[NodeData]] = {}  # section and date nodes made
        self._filled: set[NodeData] = set()  # group nodes whose children are made
        self._order: dict[int, list[tuple]] = {}  # per parent node id: its children's sort keys
        self._styles: dict[str, Style] = {}

    # What the app calls.

    def add_entries(self, entries: Iterable[Entry]) -> None:
        """Put entries in their places (section, date, newest first) without rebuilding the tree,
        so a library can arrive a batch at a time."""
        touched: set[NodeData] = set()
        for entry in entries:
            old = self.entries.get(entry.key)
            if old is not None:
                touched.add(self._take_out(old))
            self.entries[entry.key] = entry
            label = _label(entry.day)
            group = ("date", entry.section, label)
            self._members.setdefault(group, {})[entry.key] = entry
            self._days.setdefault(entry.section, {})[label] = entry.day
            section = self._section_node(entry.section)
            if ("section", entry.section) in self._filled:
                day = self._date_node(section, entry.section, label, entry.day)
                if group in self._filled and entry.key not in self.leaves:
                    self.leaves[entry.key] = self._insert(day, ("entry", entry.key), entry_key(entry), leaf=True)
            touched.add(group)
        self._recount(touched)

    def remove_entries(self, keys: Iterable[str]) -> None:
        """Take out the entries of files that are gone."""
        touched = set()
        for key in keys:
            entry = self.entries.pop(key, None)
            if entry is not None:
                touched.add(self._take_out(entry))
        self._recount(touched)

    def mark(self, open_key: str | None, read: set[str]) -> None:
        """Update the open and read marks (and the unread counts) without rebuilding the tree."""
        changed = {key for key in (self.open_key, open_key) if key} | (read ^ self.read)
        self.open_key, self.read = open_key, set(read)
        touched = set()
        for key in changed:
            entry = self.entries.get(key)
            if entry is None:
                continue
            touched.add(("date", entry.section, _label(entry.day)))
            node = self.leaves.get(key)
            if node is not None:
                node.set_label(self._entry_label(entry))
        self._recount(touched)

    def reveal(self, key: str) -> None:
        """Unfold the way to an article and put the cursor on it."""
        entry = self.entries.get(key)
        if entry is None:
            return
        section = self._section_node(entry.section)
        self._open(section)
        day = self._groups.get(("date", entry.section, _label(entry.day)))
        if day is not None:
            self._open(day)
        self.call_after_refresh(self._move_to, key)

    def unread(self, section: str) -> int:
        return sum(self._counts.get(("date", section, label), (0, 0))[1] for label in self._days.get(section, {}))

    def count(self, section: str) -> int:
        return sum(self._counts.get(("date", section, label), (0, 0))[0] for label in self._days.get(section, {}))

    def action_search(self) -> None:
        self.post_message(self.SearchRequested())

    # Nodes made when first shown.

    def _section_node(self, name: str) -> TreeNode[NodeData]:
        data = ("section", name)
        node = self._groups.get(data)
        if node is None:
            node = self._groups[data] = self._insert(self.root, data, section_key(name), leaf=False)
            if self.eager and data not in self._collapsed:
                self._open(node)
        return node

    def _date_node(self, section: TreeNode[NodeData], name: str, label: str, day: date | None) -> TreeNode[NodeData]:
        data = ("date", name, label)
        node = self._groups.get(data)
        if node is None:
            node = self._groups[data] = self._insert(section, data, date_key(day), leaf=False)
            self._count(node)
            if self.eager and data not in self._collapsed:
                self._open(node)
        return node

    def _open(self, node: TreeNode[NodeData]) -> None:
        self._fill(node)
        node.expand()

    def _fill(self, node: TreeNode[NodeData]) -> None:
        data = node.data
        if not data or data in self._filled:
            return
        self._filled.add(data)
        if data[0] == "section":
            days = self._days.get(data[1], {})
            for label in sorted(days, key=lambda label: date_key(days[label])):
                self._date_node(node, data[1], label, days[label])
        elif data[0] == "date":
            for entry in sorted(self._members.get(data, {}).values(), key=entry_key):
                self.leaves[entry.key] = self._insert(node, ("entry", entry.key), entry_key(entry), leaf=True)

    def _take_out(self, entry: Entry) -> NodeData:
        group = ("date", entry.section, _label(entry.day))
        members = self._members.get(group, {})
        members.pop(entry.key, None)
        node = self.leaves.pop(entry.key, None)
        if node is not None and node.parent is not None:
            keys = self._order[node.parent.id]
            del keys[node.parent.children.index(node)]
            node.remove()
        if not members:
            self._members.pop(group, None)
            self._days.get(entry.section, {}).pop(_label(entry.day), None)
            self._drop(group)
            if not self._days.get(entry.section):
                self._days.pop(entry.section, None)
                self._drop(("section", entry.section))
        return group

    def _drop(self, data: NodeData) -> None:
        node = self._groups.pop(data, None)
        self._filled.discard(data)
        self._counts.pop(data, None)
        if node is not None and node.parent is not None:
            keys = self._order[node.parent.id]
            del keys[node.parent.children.index(node)]
            node.remove()

    def _insert(self, parent: TreeNode[NodeData], data: NodeData, order: tuple, *, leaf: bool) -> TreeNode[NodeData]:
        keys = self._order.setdefault(parent.id, [])
        position = bisect.bisect(keys, order)
        keys.insert(position, order)
        before = position if position < len(parent.children) else None
        if leaf:
            return parent.add_leaf(self._entry_label(self.entries[data[1]]), data=data, before=before)
        return parent.add(Text(data[-1]), data=data, before=before, allow_expand=True)

    # Counts.

    def _recount(self, groups: Iterable[NodeData]) -> None:
        sections = set()
        for group in groups:
            members = self._members.get(group)
            if members is None:
                continue
            unread = sum(1 for key, entry in members.items() if entry.error is None and key not in self.read)
            self._counts[group] = (len(members), unread)
            node = self._groups.get(group)
            if node is not None:
                self._count(node)
            sections.add(group[1])
        for name in sections:
            node = self._groups.get(("section", name))
            if node is not None:
                self._count(node)

    def _count(self, node: TreeNode[NodeData]) -> None:
        data = node.data or ("",)
        if data[0] == "date":
            count, unread = self._counts.get(data, (0, 0))
        else:
            count, unread = self.count(data[1]), self.unread(data[1])
        text = Text(data[-1], style="bold")
        text.append(f" {count}", style=self._style("count"))
        if unread and data[1] != UNREADABLE:
            text.append(f" · {unread} unread", style=self._style("count"))
        node.set_label(text)

    # Looks.

    def _move_to(self, key: str) -> None:
        node = self.leaves.get(key)
        if node is not None and node.line >= 0:
            self.move_cursor(node)

    def _style(self, name: str) -> Style:
        if name not in self._styles:
            self._styles[name] = self.get_component_rich_style(f"section-list--{name}", partial=True)
        return self._styles[name]

    def _entry_label(self, entry: Entry) -> Text:
        if entry.error is not None:
            text = Text("⚠ ", style=self._style("error"))
            text.append(entry.path.name, style=self._style("error"))
            text.append(f" — {entry.error}", style=self._style("read"))
            return text
        is_open, is_read = entry.key == self.open_key, entry.key in self.read
        if is_open:
            text = Text("▶ ", style=self._style("open"))
            text.append(entry.title, style=self._style("open"))
        elif is_read:
            text = Text("  ")
            text.append(entry.title, style=self._style("read"))
        else:
            text = Text("● ", style=self._style("unread"))
            text.append(entry.title, style=self._style("unread"))
        if entry.quote_count:
            text.append(f" ❝{entry.quote_count}", style=self._style("count"))
        return text

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles = {}
        for key, node in self.leaves.items():  # a new theme: new colours for the marks
            node.set_label(self._entry_label(self.entries[key]))
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
        if event.node.data:
            self._collapsed.add(event.node.data)

    @on(Tree.NodeExpanded)
    def _expanded_node(self, event: Tree.NodeExpanded[NodeData]) -> None:
        if event.node.data:
            self._collapsed.discard(event.node.data)
            self._fill(event.node)
