"""reader: read news articles closely and lift quotes with their attribution."""

__version__ = "0.1.0"
