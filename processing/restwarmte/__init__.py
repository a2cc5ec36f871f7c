"""Algorithms of the group 'restwarmte'."""
