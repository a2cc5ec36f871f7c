"""Algorithms of the group 'bodemenergie'."""
