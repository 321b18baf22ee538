"""Screens and dialogs shown over the main screen: help, citation style, copy fallback, search,
people, unread, the same quote elsewhere, confirm."""

from ...resources import styles_dir

# The dialogs' rules: read when the first dialog opens (each dialog's CSS_PATH), so the first
# frame has only the main screen's rules (reader.tcss) to parse.
DIALOG_CSS = str(styles_dir() / "dialogs.tcss")
