"""The section list: the library as a tree, section -> date -> article titles, with counts.

Unread articles carry a dot and bold titles, read ones are dimmed, the open one is marked with
an arrow; files that cannot be read sit under "Unreadable files" with their error.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from rich.style import Style
from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from ..catalog import UNDATED, Entry, date_key, entry_key, section_key

NodeData = tuple[str, ...]  # ("section", name), ("date", name, label) or ("entry", key)


class SectionList(Tree[NodeData]):
    """Shows the library; enter or a click on a title opens that article."""

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
    ]

    class ArticleChosen(Message):
        """The user chose the entry (an article or an unreadable file) with this key."""

        def __init__(self, key: str) -> None:
            super().__init__()
            self.key = key

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("Library", id=id)
        self.show_root = False
        self.guide_depth = 2
        self.entries: dict[str, Entry] = {}
        self.leaves: dict[str, TreeNode[NodeData]] = {}
        self.open_key: str | None = None
        self.read: set[str] = set()
        self._collapsed: set[NodeData] = set()
        self._groups: dict[NodeData, TreeNode[NodeData]] = {}  # section and date nodes
        self._order: dict[int, list[tuple]] = {}  # per parent node id: its children's sort keys
        self._styles: dict[str, Style] = {}

    def add_entries(self, entries: Iterable[Entry]) -> None:
        """Put entries in their places (section, date, newest first) without rebuilding the tree,
        so a library of thousands of files can arrive a batch at a time."""
        touched: dict[NodeData, TreeNode[NodeData]] = {}
        for entry in entries:
            if entry.key in self.leaves:  # read again: take the old one out
                old = self.leaves.pop(entry.key)
                if old.parent is not None:
                    keys = self._order[old.parent.id]
                    del keys[old.parent.children.index(old)]
                old.remove()
            section = self._group(self.root, ("section", entry.section), section_key(entry.section))
            label = entry.day.isoformat() if entry.day else UNDATED
            day = self._group(section, ("date", entry.section, label), date_key(entry.day))
            self.entries[entry.key] = entry
            self.leaves[entry.key] = self._insert(day, ("entry", entry.key), entry_key(entry), leaf=True)
            touched[("section", entry.section)] = section
            touched[("date", entry.section, label)] = day
        for node in touched.values():
            self._count(node)

    def _group(self, parent: TreeNode[NodeData], data: NodeData, order: tuple) -> TreeNode[NodeData]:
        node = self._groups.get(data)
        if node is None:
            node = self._groups[data] = self._insert(parent, data, order, leaf=False)
            if data not in self._collapsed:
                node.expand()
        return node

    def _insert(self, parent: TreeNode[NodeData], data: NodeData, order: tuple, *, leaf: bool) -> TreeNode[NodeData]:
        keys = self._order.setdefault(parent.id, [])
        position = bisect.bisect(keys, order)
        keys.insert(position, order)
        before = position if position < len(parent.children) else None
        if leaf:
            return parent.add_leaf(self._entry_label(self.entries[data[1]]), data=data, before=before)
        return parent.add(Text(data[-1]), data=data, before=before)

    def _count(self, node: TreeNode[NodeData]) -> None:
        data = node.data or ("",)
        if data[0] == "date":
            count = len(node.children)
        else:
            count = sum(len(child.children) for child in node.children)
        text = Text(data[-1], style="bold")
        text.append(f" {count}", style=self._style("count"))
        node.set_label(text)

    def mark(self, open_key: str | None, read: set[str]) -> None:
        """Update the open and read marks without rebuilding the tree."""
        changed = {key for key in (self.open_key, open_key) if key} | (read ^ self.read)
        self.open_key, self.read = open_key, set(read)
        for key in changed:
            node = self.leaves.get(key)
            if node is not None:
                node.set_label(self._entry_label(self.entries[key]))

    def reveal(self, key: str) -> None:
        """Unfold the way to an article and put the cursor on it."""
        node = self.leaves.get(key)
        if node is None:
            return
        parent = node.parent
        while parent is not None:
            parent.expand()
            parent = parent.parent
        self.call_after_refresh(self._move_to, key)

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
