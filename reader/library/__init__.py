"""Folders -> the SQLite index in the cache folder: where it lives, its tables, bringing it up to
date (indexing), what the section list shows of each file (catalog) and full-text search.
No Textual here."""
