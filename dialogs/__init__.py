"""Dialogs, docks and map tools (imported lazily by plugin.py)."""
