"""Algorithms of the group 'ruimteclaims'."""
