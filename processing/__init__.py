"""Processing provider and algorithms of the Bronnenstrategie plugin."""
