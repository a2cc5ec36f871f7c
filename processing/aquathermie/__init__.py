"""Algorithms of the group 'aquathermie'."""
