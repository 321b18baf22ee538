"""Bytes -> Article: decoding a file's bytes, parsing the text into blocks, walking folders for
article files, and reading one file through all of it (with the extractor).  No Textual, and
nothing from the library, output or ui layers."""
