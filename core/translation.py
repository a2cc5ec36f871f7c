"""The marker for texts to translate, usable in the pure core (no Qt, no QGIS).

``QT_TRANSLATE_NOOP("Context", "text")`` marks ``text`` for pylupdate5 in ``Context`` and
returns it unchanged; the QGIS side translates it where it is shown (see the plugin's
``translation`` module, which re-exports this function).
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pylupdate5 looks for
    """Marks ``text`` for pylupdate5 in ``context``; returns it untranslated."""
    return text
