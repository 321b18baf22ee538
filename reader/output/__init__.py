"""What leaves reader: citation styles, export formats (CSV, JSON Lines, people), the JSON of an
article, quote filters and the config file that picks the default style.  No Textual here."""
