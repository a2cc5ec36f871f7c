"""The plugin's translation helpers, in one place.

pylupdate5 (``scripts/i18n.py update``) collects the strings to translate from three forms:

- ``tr("text")``: a bare call is recorded in the context ``"@default"``, so :func:`tr`
  translates in that context (module-level texts of functions and dialogs);
- ``self.tr("text")`` inside ``class Name``: recorded in the context ``"Name"``; classes
  get that method from :class:`Translatable` (the plugin class, the algorithms);
- ``QT_TRANSLATE_NOOP("Context", "text")``: marks a text kept in a constant; it is
  translated where it is shown, with ``translate("Context", text)``;
  ``translate("Context", "text")`` with literals is recorded in "Context" as well.

Without a Qt application (pure use of a module) every text stays English.
"""

try:
    from qgis.PyQt.QtCore import QCoreApplication
except ImportError:  # pragma: no cover - pure use without QGIS
    QCoreApplication = None

from .core.translation import QT_TRANSLATE_NOOP  # the one marker, shared with the pure core

__all__ = ["DEFAULT_CONTEXT", "QT_TRANSLATE_NOOP", "Translatable", "tr", "translate"]

#: The context pylupdate5 gives a bare ``tr("...")`` call.
DEFAULT_CONTEXT = "@default"


def translate(context, text):
    """``text`` translated in ``context`` (the text itself without a Qt application)."""
    if QCoreApplication is None:  # pragma: no cover - pure use without QGIS
        return text
    return QCoreApplication.translate(context, text)


def tr(text):
    """``text`` translated in the context "@default" (that of a bare ``tr("...")``)."""
    return translate(DEFAULT_CONTEXT, text)


class Translatable:
    """Mixin giving ``self.tr(text)``: translated with the class name as the context,
    which is the context pylupdate5 records for a ``self.tr("...")`` call in a class."""

    def tr(self, text):
        return translate(type(self).__name__, text)
