"""Screens and dialogs shown over the main screen: help, citation style, copy fallback."""
