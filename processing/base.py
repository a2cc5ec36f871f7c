"""The base class of every Bronnenstrategie algorithm."""

import functools
import importlib.util
import traceback
from pathlib import Path

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
)
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QIcon

from ..translation import Translatable, tr
from .groups import group_name
from .utils import apply_style_on_load

PLUGIN_DIR = Path(__file__).resolve().parent.parent
ICON_DIR = PLUGIN_DIR / "resources" / "icons"

#: Debian packages that provide optional Python modules.
DEBIAN_PACKAGES = {
    "scipy": "python3-scipy",
    "geopandas": "python3-geopandas",
    "rasterio": "python3-rasterio",
    "shapely": "python3-shapely",
    "matplotlib": "python3-matplotlib",
    "numpy": "python3-numpy",
}


def _guarded(process):
    """Wrap processAlgorithm: styles outputs and turns unexpected errors into a clear message."""

    @functools.wraps(process)
    def wrapper(self, parameters, context, feedback):
        ok, message = self.canExecute()
        if not ok:
            raise QgsProcessingException(message)
        try:
            results = process(self, parameters, context, feedback)
        except QgsProcessingException:
            raise
        except Exception as exc:
            if feedback is not None:
                feedback.reportError(traceback.format_exc(), False)
            raise QgsProcessingException(
                tr(
                    "{name} stopped on an unexpected problem: {error}. No output was "
                    "written as complete. Check the input layers and parameters; the "
                    "log shows the details for a bug report."
                ).format(name=self.displayName(), error=exc)
            ) from exc
        if results:
            for key, qml in self.STYLES.items():
                dest = results.get(key)
                if dest:
                    apply_style_on_load(context, dest, qml)
        return results

    wrapper._bronnenstrategie_guarded = True
    return wrapper


class BronnenstrategieAlgorithm(Translatable, QgsProcessingAlgorithm):
    """Shared behaviour: names, groups, translation, help, styles, dependencies.

    Subclasses set ``NAME`` (the stable id), ``GROUP_ID`` (one of processing.groups)
    and optionally ``STYLES`` (output key -> QML file in resources/styles), and
    implement displayName, help_text, initAlgorithm and processAlgorithm.
    """

    NAME = None
    GROUP_ID = None
    STYLES = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        process = cls.__dict__.get("processAlgorithm")
        if process is not None and not getattr(process, "_bronnenstrategie_guarded", False):
            cls.processAlgorithm = _guarded(process)

    # -- identity -----------------------------------------------------------------
    def createInstance(self):  # noqa: N802 - QGIS API name
        return type(self)()

    def name(self):
        return self.NAME

    def group(self):
        return group_name(self.GROUP_ID)

    def groupId(self):  # noqa: N802
        return self.GROUP_ID

    def icon(self):
        return QIcon(self.svgIconPath())

    def svgIconPath(self):  # noqa: N802
        icon = ICON_DIR / f"{self.GROUP_ID}.svg"
        if not icon.exists():
            icon = ICON_DIR / "bronnenstrategie.svg"
        return str(icon)

    # -- help ---------------------------------------------------------------------
    def help_text(self):
        """What the algorithm computes: formula, defaults and sources, assumptions."""
        return ""

    def shortHelpString(self):  # noqa: N802
        parts = [self.help_text()]
        params = [p for p in self.parameterDefinitions() if p.help()]
        if params:
            parts.append("<h3>{}</h3><dl>".format(tr("Parameters")))
            for param in params:
                parts.append(
                    f"<dt><b>{param.description()}</b> "
                    f"<code>{param.name()}</code></dt><dd>{param.help()}</dd>"
                )
            parts.append("</dl>")
        return "\n".join(parts)

    def helpUrl(self):  # noqa: N802
        readme = QUrl.fromLocalFile(str(PLUGIN_DIR / "README.md")).toString()
        return f"{readme}#{self.NAME}"

    # -- parameters ---------------------------------------------------------------
    def add_param(self, param, help_text, advanced=False):
        """Add a parameter with its help text; advanced ones are folded away."""
        param.setHelp(help_text)
        if advanced:
            param.setFlags(param.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(param)
        return param

    def checkParameterValues(self, parameters, context):  # noqa: N802
        # a parameter left out takes its default (QGIS 3.22 refuses a required parameter
        # that is left out even when it has a default, e.g. a default field name)
        filled = dict(parameters)
        for definition in self.parameterDefinitions():
            if filled.get(definition.name()) is None and definition.defaultValue() is not None:
                filled[definition.name()] = definition.defaultValue()
        return super().checkParameterValues(filled, context)

    def source_or_raise(self, parameters, key, context):
        """The feature source of a parameter, or a clear exception."""
        source = self.parameterAsSource(parameters, key, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, key))
        return source

    def field_or_raise(self, parameters, key, context, source, required=False):
        """The name of a field parameter, checked against the layer ('' when not set)."""
        name = self.parameterAsString(parameters, key, context) or ""
        if not name:
            if required:
                raise QgsProcessingException(
                    tr("The parameter {key} needs a field name.").format(key=key)
                )
            return ""
        if source.fields().lookupField(name) < 0:
            if parameters.get(key) is None:
                # the parameter's default field name (the standard well layer's): a layer
                # without that field has the parameter not set
                if required:
                    raise QgsProcessingException(
                        tr(
                            "The parameter {key} needs a field name (the default '{field}' "
                            "is not in the layer; available fields: {fields})."
                        ).format(key=key, field=name, fields=", ".join(source.fields().names()))
                    )
                return ""
            raise QgsProcessingException(
                tr(
                    "The field '{field}' given for {key} does not exist in the input "
                    "layer. Available fields: {fields}."
                ).format(field=name, key=key, fields=", ".join(source.fields().names()))
            )
        return name

    # -- dependencies -------------------------------------------------------------
    def required_modules(self):
        """Python modules this algorithm needs beyond QGIS (e.g. ["scipy"])."""
        return []

    def missing_modules(self):
        return [m for m in self.required_modules() if importlib.util.find_spec(m) is None]

    def canExecute(self):  # noqa: N802
        missing = self.missing_modules()
        if not missing:
            return True, ""
        packages = " ".join(DEBIAN_PACKAGES.get(m, "python3-" + m) for m in missing)
        return False, tr(
            "This algorithm needs the Python package(s) {modules}, which are not "
            "installed for QGIS. On Debian/Ubuntu: sudo apt install {packages}; with "
            "the OSGeo4W installer on Windows: add them from the OSGeo4W shell "
            "(python -m pip install {modules})."
        ).format(modules=", ".join(missing), packages=packages)
