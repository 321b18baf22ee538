"""The section list: the library as a tree, section -> date -> article titles, with counts.

Unread articles carry a dot and bold titles, read ones are dimmed, the open one is marked with
an arrow; files that cannot be read sit under "Unreadable files" with their error.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from ..catalog import Entry, SectionGroup

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

    def show_sections(self, sections: Sequence[SectionGroup], *, open_key: str | None, read: set[str]) -> None:
        """Rebuild the tree from ``sections``, keeping what the user folded and the cursor."""
        cursor = self.cursor_node.data if self.cursor_node is not None else None
        self.open_key, self.read = open_key, read
        self.clear()
        self.entries, self.leaves = {}, {}
        for section in sections:
            section_data = ("section", section.name)
            section_node = self.root.add(self._count_label(section.name, section.count), data=section_data)
            for group in section.dates:
                date_data = ("date", section.name, group.label)
                date_node = section_node.add(self._count_label(group.label, len(group.entries)), data=date_data)
                for entry in group.entries:
                    self.entries[entry.key] = entry
                    self.leaves[entry.key] = date_node.add_leaf(self._entry_label(entry), data=("entry", entry.key))
                if date_data not in self._collapsed:
                    date_node.expand()
            if section_data not in self._collapsed:
                section_node.expand()
        if cursor is not None:
            self.call_after_refresh(self._restore_cursor, cursor)

    def _restore_cursor(self, data: NodeData) -> None:
        for node in self._walk(self.root):
            if node.data == data:
                if node.line >= 0:
                    self.move_cursor(node)
                return

    def _walk(self, node: TreeNode[NodeData]):
        for child in node.children:
            yield child
            yield from self._walk(child)

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

    def _style(self, name: str):
        return self.get_component_rich_style(f"section-list--{name}", partial=True)

    def _count_label(self, name: str, count: int) -> Text:
        text = Text(name, style="bold")
        text.append(f" {count}", style=self._style("count"))
        return text

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
        for key, node in self.leaves.items():  # a new theme: new colours for the marks
            node.set_label(self._entry_label(self.entries[key]))

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
