"""Installs the plugin's translator for the locale QGIS runs in."""

from pathlib import Path

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parent / "i18n"
_translators = []


def current_locale():
    """The two-letter locale QGIS uses: the user's override, else the system's."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        name = settings.value("locale/userLocale", "") or ""
    else:
        name = settings.value("locale/userLocale", "") or QLocale.system().name()
    return (name or "en")[:2]


def install_translator(locale=None):
    """Load i18n/bronnenstrategie_<locale>.qm if it exists; return True when installed."""
    locale = locale or current_locale()
    qm = I18N_DIR / f"bronnenstrategie_{locale}.qm"
    if not qm.exists():
        return False
    if any(getattr(t, "_bronnenstrategie_qm", None) == str(qm) for t in _translators):
        return True  # installed already (classFactory, then initGui): not twice
    translator = QTranslator()
    if not translator.load(str(qm)):
        return False
    QCoreApplication.installTranslator(translator)
    translator._bronnenstrategie_qm = str(qm)
    _translators.append(translator)
    return True


def remove_translators():
    """Remove the translators this module installed (used by tests and unload)."""
    while _translators:
        QCoreApplication.removeTranslator(_translators.pop())
