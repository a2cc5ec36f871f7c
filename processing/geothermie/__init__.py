"""Algorithms of the group 'geothermie'."""
