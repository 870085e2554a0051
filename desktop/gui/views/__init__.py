"""Widgets: the main window, the three views, the chat and its dialogs."""
