"""The dialogs: help, citation styles, copy by hand, yes or no, search, people across the library.

Their styles are in ``styles/dialogs.tcss``, which Textual reads when the first of them opens, so
the main screen's first frame does not wait for them.
"""

from ..resources import styles_dir

DIALOG_CSS = str(styles_dir() / "dialogs.tcss")
