"""The Processing provider ``bronnenstrategie``."""

import importlib
import inspect
import pkgutil
import traceback
from pathlib import Path

from qgis.core import Qgis, QgsMessageLog, QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .base import BronnenstrategieAlgorithm
from .groups import GROUP_IDS

ICON = Path(__file__).resolve().parent.parent / "resources" / "icons" / "bronnenstrategie.svg"


def algorithm_classes():
    """Every algorithm class in processing/<group>/*.py, in a stable order.

    Adding one file to a group folder is enough to add an algorithm.
    """
    classes = []
    for group in GROUP_IDS:
        package = importlib.import_module("{}.{}".format(__package__, group))
        for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
            if info.name.startswith("_"):
                continue
            try:
                module = importlib.import_module("{}.{}".format(package.__name__, info.name))
            except Exception:  # noqa: BLE001 - one broken module must not hide the others
                QgsMessageLog.logMessage(
                    "Bronnenstrategie: could not load {}:\n{}".format(
                        info.name, traceback.format_exc()),
                    "Bronnenstrategie", Qgis.MessageLevel.Critical)
                continue
            for _, obj in inspect.getmembers(module, inspect.isclass):
                if (
                    issubclass(obj, BronnenstrategieAlgorithm)
                    and obj.__module__ == module.__name__
                    and getattr(obj, "NAME", None)
                ):
                    classes.append(obj)
    return classes


class BronnenstrategieProvider(QgsProcessingProvider):
    """Provider of every Bronnenstrategie algorithm."""

    def id(self):  # noqa: A003 - QGIS API name
        return "bronnenstrategie"

    def name(self):
        return "Bronnenstrategie"

    def longName(self):  # noqa: N802
        return self.name()

    def icon(self):
        return QIcon(str(ICON))

    def svgIconPath(self):  # noqa: N802
        return str(ICON)

    def loadAlgorithms(self):  # noqa: N802
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
