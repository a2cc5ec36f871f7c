"""Layer definitions (fields, value maps, styles), written once and reused."""
