"""Algorithms of the group 'warmtebalans'."""
