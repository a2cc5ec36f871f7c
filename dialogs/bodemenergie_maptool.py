"""Map tool "Draw interference area".

The planner digitises a polygon on the canvas with the plugin's one polygon tool
(dialogs/polygon_capture.py: left click adds a vertex; right click, Enter or double
click finishes; Backspace or Delete removes the last vertex; Esc starts again) and sees at
once, while drawing, the number of wells and systems inside, the aquifer use fraction
sum(V) / (A n H) and the number of distance-rule conflicts, against a well layer picked
once in the tool's options. Saving either hands the polygon to the claims dialog
"Ruimteclaim vastleggen" (the default when the project has a claims register),
pre-filled as an interference-area claim with the figures as motivation, or writes it to a
polygon layer chosen in the options or created by the tool (a memory layer "Drawn
interference areas"; the fallback).

Hand-offs, none of which needs the canvas: :func:`write_area` takes a QgsGeometry in any
CRS and writes it with attributes into a polygon layer; :class:`AreaStatistics` computes
the figures of any polygon; :func:`claim_values` turns the figures into claim attributes
and :func:`open_claim_dialog` opens the claims dialog with a geometry and those values.
"""

import html

import numpy as np
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsField,
    QgsFieldProxyModel,
    QgsGeometry,
    QgsMapLayerProxyModel,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
)

from ..compat import FieldType
from ..core import soilenergy
from ..core.constants import C_WATER
from ..glue.geometry import to_shapely
from ..translation import tr
from .polygon_capture import PolygonCaptureTool

#: Fields of the layer the tool creates (and fills when the chosen layer has them).
AREA_FIELDS = (
    ("name", FieldType.String),
    ("n_wells", FieldType.Int),
    ("n_systems", FieldType.Int),
    ("usage_fraction", FieldType.Double),
    ("n_conflicts", FieldType.Int),
    ("area_ha", FieldType.Double),
)

#: Where the tool saves: the claims register (through the claims dialog) or a layer.
SAVE_REGISTER = "register"
SAVE_LAYER = "layer"
#: Claim attributes of a drawn interference area (codes of core/claim_schema.py).
CLAIM_TYPE = "bodemenergie_interferentiegebied"
CLAIM_LEVEL = "ondergronds"
#: source_ref of the claims made with this tool (stored data: not translated).
SOURCE_REF = "bronnenstrategie: map tool 'Draw interference area'"


def _text(value):
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return ""
    return str(value).strip()


def _number(value):
    try:
        if value is None or (hasattr(value, "isNull") and value.isNull()):
            return None
        number = float(str(value).replace(",", ".")) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        return None
    return number if np.isfinite(number) else None


class AreaStatistics:
    """The wells of a layer read once (in RD New / a metric CRS), and the figures of any
    polygon against them. Wells without a usable volume are left out (and counted)."""

    def __init__(
        self,
        layer,
        volume_field,
        system_field="",
        temperature_field="",
        screen_length=soilenergy.SCREEN_LENGTH,
        aquifer_thickness=soilenergy.AQUIFER_THICKNESS,
        porosity=soilenergy.POROSITY,
        metric_crs="EPSG:28992",
        transform_context=None,
        top_field="",
        bottom_field="",
        aquifers=None,
        aquifer_field="",
    ):
        """Screen fields (m below ground) are optional: where both are known the screen
        length is bottom - top (as in the algorithms; a bottom not below the top leaves
        the well out), else ``screen_length``; they also give the depth range.

        ``aquifers`` (a list of (name, top, bottom), see core.soilenergy.parse_aquifers):
        the figures per aquifer (use, wells, conflicts; the use shown is the busiest
        aquifer's), each well counted in the aquifer of its screen or of its code in
        ``aquifer_field``; None: one aquifer of ``aquifer_thickness``. Conflicts count
        only between wells of one aquifer (screen depths, or the codes)."""
        self.metric = QgsCoordinateReferenceSystem(metric_crs)
        self.context = transform_context or QgsProject.instance().transformContext()
        self.thickness = aquifer_thickness
        self.porosity = porosity
        to_metric = QgsCoordinateTransform(layer.crs(), self.metric, self.context)
        xs, ys, vs, systems, temps, tops, bottoms = [], [], [], [], [], [], []
        codes = []
        if aquifer_field and layer.fields().lookupField(aquifer_field) < 0:
            aquifer_field = ""
        self.layer_name = layer.name()
        self.skipped = 0
        for feature in layer.getFeatures():
            g = feature.geometry()
            v = _number(feature[volume_field]) if volume_field else None
            if g is None or g.isEmpty() or v is None or v <= 0:
                self.skipped += 1
                continue
            top = _number(feature[top_field]) if top_field else None
            bottom = _number(feature[bottom_field]) if bottom_field else None
            if top is not None and bottom is not None and bottom <= top:
                self.skipped += 1
                continue
            try:
                p = to_metric.transform(g.centroid().asPoint())
            except Exception:  # noqa: BLE001 - QgsCsException
                self.skipped += 1
                continue
            xs.append(p.x())
            ys.append(p.y())
            vs.append(v)
            tops.append(np.nan if top is None else top)
            bottoms.append(np.nan if bottom is None else bottom)
            systems.append(_text(feature[system_field]) if system_field else "")
            temps.append(
                soilenergy.parse_temperature(_text(feature[temperature_field]))
                if temperature_field
                else None
            )
            codes.append(soilenergy.aquifer_code(feature[aquifer_field]) if aquifer_field else None)
        self.x = np.asarray(xs, dtype=float)
        self.y = np.asarray(ys, dtype=float)
        self.volume = np.asarray(vs, dtype=float)
        self.top = np.asarray(tops, dtype=float)
        self.bottom = np.asarray(bottoms, dtype=float)
        screen = self.bottom - self.top
        self.screen = np.where(np.isfinite(screen), screen, float(screen_length))
        self.system = systems if system_field else None
        self.codes = codes if aquifer_field else None
        self.aquifers = list(aquifers) if aquifers else None
        self.weights = self.thicknesses = None
        if self.aquifers:
            self.weights, _ = soilenergy.aquifer_weights(
                self.top, self.bottom, self.aquifers, self.codes
            )
            self.thicknesses = [a[2] - a[1] for a in self.aquifers]
        self.conflict_x = self.conflict_y = self.conflict_aquifer = None
        self.conflict_kind = None
        if system_field and temperature_field and len(xs):
            ok = np.array([bool(s) and t is not None for s, t in zip(systems, temps)])
            idx = np.nonzero(ok)[0]
            r = np.atleast_1d(
                soilenergy.thermal_radius(self.volume[idx], self.screen[idx], C_WATER)
            )
            pairs = soilenergy.well_conflicts(
                self.x[idx],
                self.y[idx],
                r,
                [systems[k] for k in idx],
                [temps[k] == soilenergy.WARM for k in idx],
                top=self.top[idx],
                bottom=self.bottom[idx],
                aquifer=None if self.codes is None else [codes[k] for k in idx],
            )
            a, b = idx[pairs["i"]], idx[pairs["j"]]
            self.conflict_x = (self.x[a] + self.x[b]) / 2.0
            self.conflict_y = (self.y[a] + self.y[b]) / 2.0
            self.conflict_kind = np.asarray(pairs["kind"], dtype=object)
            if self.weights is not None:
                self.conflict_aquifer = soilenergy.pair_aquifer(a, b, self.weights)

    def for_geometry(self, geometry, crs):
        """Figures (dict, see core.soilenergy.polygon_metrics, plus ``depth_top`` and
        ``depth_bottom``: the shallowest screen top and deepest screen bottom of the wells
        inside, None when unknown) of a QgsGeometry in ``crs``, or None for an empty or
        too small polygon."""
        shp = to_shapely(geometry, QgsCoordinateTransform(crs, self.metric, self.context))
        if shp is None or shp.area <= 0:
            return None
        conflict_inside = None
        if self.conflict_x is not None:
            conflict_inside = soilenergy.points_in_polygon(shp, self.conflict_x, self.conflict_y)
        stats = soilenergy.polygon_metrics(
            shp,
            self.x,
            self.y,
            self.volume,
            self.thickness,
            self.porosity,
            self.system,
            self.conflict_x,
            self.conflict_y,
            conflict_inside=conflict_inside,
            weights=self.weights,
            thicknesses=self.thicknesses,
            conflict_aquifer=self.conflict_aquifer,
        )
        if self.aquifers:
            stats["aquifer_names"] = [a[0] for a in self.aquifers]
        inside = soilenergy.points_in_polygon(shp, self.x, self.y)
        tops = self.top[inside][np.isfinite(self.top[inside])]
        bottoms = self.bottom[inside][np.isfinite(self.bottom[inside])]
        stats["depth_top"] = float(tops.min()) if len(tops) else None
        stats["depth_bottom"] = float(bottoms.max()) if len(bottoms) else None
        if self.conflict_kind is not None and len(self.conflict_kind):
            kinds, counts = np.unique(
                self.conflict_kind[conflict_inside].astype(str), return_counts=True
            )
            stats["conflicts_by_kind"] = {str(k): int(n) for k, n in zip(kinds, counts)}
        return stats


def describe(stats):
    """One line for the planner."""
    if stats is None:
        return tr("Click at least three points.")
    text = tr("{n} wells, {s} systems, aquifer use {u:.1%}, {c} conflicts, {a:.1f} ha").format(
        n=stats["n_wells"],
        s="-" if stats["n_systems"] is None else stats["n_systems"],
        u=float(stats["usage_fraction"]),
        c="-" if stats["n_conflicts"] is None else stats["n_conflicts"],
        a=stats["area_ha"],
    )
    names = stats.get("aquifer_names")
    if names:
        conflicts = stats.get("conflicts_aq")
        parts = []
        for k, name in enumerate(names):
            part = tr("{name}: use {u:.1%}, {n} wells").format(
                name=name, u=float(stats["usage_aq"][k]), n=int(stats["wells_aq"][k])
            )
            if conflicts is not None:
                part += tr(", {c} conflicts").format(c=int(conflicts[k]))
            parts.append(part)
        text += " (" + "; ".join(parts) + ")"
    return text


def create_area_layer(crs="EPSG:28992", name=None):
    """A memory polygon layer with AREA_FIELDS, added to the project."""
    layer = QgsVectorLayer(
        f"MultiPolygon?crs={crs}", name or tr("Drawn interference areas"), "memory"
    )
    layer.dataProvider().addAttributes([QgsField(n, t) for n, t in AREA_FIELDS])
    layer.updateFields()
    QgsProject.instance().addMapLayer(layer)
    return layer


def write_area(layer, geometry, crs, values=None):
    """Write ``geometry`` (QgsGeometry in ``crs``) into the polygon ``layer`` with the
    attributes in ``values`` that the layer has. Returns True on success."""
    g = QgsGeometry(geometry)
    if crs != layer.crs():
        g.transform(QgsCoordinateTransform(crs, layer.crs(), QgsProject.instance()))
    if QgsWkbTypes.isMultiType(layer.wkbType()):
        g.convertToMultiType()
    feature = QgsFeature(layer.fields())
    feature.setGeometry(g)
    for key, value in (values or {}).items():
        if layer.fields().lookupField(key) >= 0 and value is not None:
            feature[key] = value
    if layer.isEditable():
        return layer.addFeature(feature)
    ok, _ = layer.dataProvider().addFeatures([feature])
    layer.triggerRepaint()
    return ok


def default_save_mode(project=None):
    """SAVE_REGISTER when the project (or the last session) has a claims register."""
    try:
        from .ruimteclaims_dialog import register_path
    except ImportError:  # the claims dialog cannot load: the layer is the fallback
        return SAVE_LAYER
    return SAVE_REGISTER if register_path(project) else SAVE_LAYER


def claim_values(
    stats,
    wells_name="",
    aquifer_thickness=soilenergy.AQUIFER_THICKNESS,
    porosity=soilenergy.POROSITY,
):
    """Claim attributes (field names of core/claim_schema.py) of a drawn interference
    area with figures ``stats`` (AreaStatistics.for_geometry, or None)."""
    from ..core import claim_schema as schema

    values = {
        schema.F_CLAIM_TYPE: CLAIM_TYPE,
        schema.F_LEVEL: CLAIM_LEVEL,
        schema.F_SOURCE_REF: SOURCE_REF,
    }
    if stats is None:
        values[schema.F_MOTIVATION] = tr(
            "Interference area drawn with the map tool 'Draw "
            "interference area' (no well figures)."
        )
        return values
    text = tr(
        "Interference area drawn with the map tool 'Draw interference area' against "
        "the well layer '{layer}' (aquifer thickness H {h:g} m, porosity n {p:g}): "
        "{figures}."
    ).format(layer=wells_name, h=aquifer_thickness, p=porosity, figures=describe(stats))
    top, bottom = stats.get("depth_top"), stats.get("depth_bottom")
    if top is not None:
        values[schema.F_DEPTH_TOP] = round(top, 2)
    if bottom is not None:
        values[schema.F_DEPTH_BOTTOM] = round(bottom, 2)
    if top is not None and bottom is not None:
        text += " " + tr(
            "Depth range from the well screens inside: {top:g} to {bottom:g} m " "below ground."
        ).format(top=round(top, 2), bottom=round(bottom, 2))
    values[schema.F_MOTIVATION] = text
    return values


def open_claim_dialog(iface, geometry, crs, values, store=None):
    """Open the claims dialog "Ruimteclaim vastleggen" (modeless) with ``geometry``
    (QgsGeometry in ``crs``) and the attributes ``values``; the planner completes it and
    saves (one transaction, with history). Returns the dialog."""
    from .ruimteclaims_dialog import RuimteclaimsDialog

    dialog = RuimteclaimsDialog(iface, store=store)
    dialog.set_geometries([geometry], crs)
    dialog.prefill(values)
    dialog.show()
    dialog.raise_()
    return dialog


class OptionsDialog(QDialog):
    """Pick the well layer and its fields once, and the layer to save into."""

    def __init__(self, options, parent=None):
        from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox

        super().__init__(parent)
        self.setWindowTitle(tr("Draw interference area: options"))
        form = QFormLayout(self)
        self.wells = QgsMapLayerComboBox(self)
        self.wells.setFilters(QgsMapLayerProxyModel.Filter.PointLayer)
        self.volume = QgsFieldComboBox(self)
        self.system = QgsFieldComboBox(self)
        self.system.setAllowEmptyFieldName(True)
        self.temperature = QgsFieldComboBox(self)
        self.temperature.setAllowEmptyFieldName(True)
        self.top = QgsFieldComboBox(self)
        self.bottom = QgsFieldComboBox(self)
        for combo in (self.top, self.bottom):
            combo.setAllowEmptyFieldName(True)
            combo.setFilters(QgsFieldProxyModel.Filter.Numeric)
        self.aquifer = QgsFieldComboBox(self)
        self.aquifer.setAllowEmptyFieldName(True)
        self.aquifers = QLineEdit(self)
        self.aquifers.setText(options.get("aquifers_text", soilenergy.AQUIFERS))
        self.aquifers.setToolTip(
            tr(
                "Aquifers as 'name:top-bottom' in m below ground, separated by ';' (default: Den "
                "Haag's first aquifer 18-60 m, SKB Meer met Bodemenergie report 7, and the "
                "second 70-150 m [assumption]). The figures are shown per aquifer; empty: one "
                "aquifer of the thickness H."
            )
        )
        for combo in (
            self.volume,
            self.system,
            self.temperature,
            self.top,
            self.bottom,
            self.aquifer,
        ):
            self.wells.layerChanged.connect(combo.setLayer)
            combo.setLayer(self.wells.currentLayer())
        self.thickness = QDoubleSpinBox(self)
        self.thickness.setRange(0.1, 1000.0)
        self.thickness.setValue(options.get("thickness", soilenergy.AQUIFER_THICKNESS))
        self.porosity = QDoubleSpinBox(self)
        self.porosity.setRange(0.01, 0.99)
        self.porosity.setSingleStep(0.05)
        self.porosity.setValue(options.get("porosity", soilenergy.POROSITY))
        self.save_to = QComboBox(self)
        self.save_to.setObjectName("saveToCombo")
        self.save_to.addItem(
            tr("The spatial claims register (via 'Record a spatial claim')"), SAVE_REGISTER
        )
        self.save_to.addItem(tr("A polygon layer"), SAVE_LAYER)
        mode = options.get("save_to") or default_save_mode()
        self.save_to.setCurrentIndex(max(self.save_to.findData(mode), 0))
        self.target = QgsMapLayerComboBox(self)
        self.target.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer)
        self.target.setAllowEmptyLayer(True)
        self.target.setLayer(options.get("target"))
        self.save_to.currentIndexChanged.connect(self._mode_changed)
        self._mode_changed()
        if options.get("wells") is not None:
            self.wells.setLayer(options["wells"])
            self.volume.setField(options.get("volume", ""))
            self.system.setField(options.get("system", ""))
            self.temperature.setField(options.get("temperature", ""))
            self.top.setField(options.get("top", ""))
            self.bottom.setField(options.get("bottom", ""))
            self.aquifer.setField(options.get("aquifer", ""))
        form.addRow(tr("Well layer"), self.wells)
        form.addRow(tr("Volume per well per season (m³)"), self.volume)
        form.addRow(tr("System id"), self.system)
        form.addRow(tr("Temperature (warm / koud)"), self.temperature)
        form.addRow(tr("Screen top (m below ground)"), self.top)
        form.addRow(tr("Screen bottom (m below ground)"), self.bottom)
        form.addRow(tr("Aquifer code (optional)"), self.aquifer)
        form.addRow(tr("Aquifers (name:top-bottom; ...)"), self.aquifers)
        form.addRow(tr("Aquifer thickness H (m)"), self.thickness)
        form.addRow(tr("Porosity n"), self.porosity)
        form.addRow(tr("Save into"), self.save_to)
        form.addRow(tr("Polygon layer (empty: a new layer)"), self.target)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _mode_changed(self, *_):
        self.target.setEnabled(self.save_to.currentData() == SAVE_LAYER)

    def values(self):
        return {
            "wells": self.wells.currentLayer(),
            "volume": self.volume.currentField(),
            "system": self.system.currentField(),
            "temperature": self.temperature.currentField(),
            "top": self.top.currentField(),
            "bottom": self.bottom.currentField(),
            "aquifer": self.aquifer.currentField(),
            "aquifers_text": self.aquifers.text(),
            "thickness": self.thickness.value(),
            "porosity": self.porosity.value(),
            "save_to": self.save_to.currentData(),
            "target": self.target.currentLayer(),
        }


class SaveDialog(QDialog):
    """Shows the figures of the finished polygon and asks for a name."""

    def __init__(self, text, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Save interference area"))
        form = QFormLayout(self)
        form.addRow(QLabel(text, self))
        self.name = QLineEdit(self)
        form.addRow(tr("Name"), self.name)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


def _alive(qobject):
    from qgis.PyQt import sip

    return qobject is not None and not sip.isdeleted(qobject)


class InterferenceAreaTool(PolygonCaptureTool):
    """Digitise a polygon (keys and rubber band of PolygonCaptureTool) and show the
    figures while drawing; finishing saves the area."""

    def __init__(self, canvas, iface=None, options=None):
        super().__init__(canvas)
        self.iface = iface
        self.options = dict(options or {})
        self.stats = None
        self.plugin = None  # set by open_tool: the open claims dock is refreshed
        self.claim_dialogs = []  # claims dialogs handed an area and still open
        self.last_text = ""
        self.panel = None  # the figures panel (dialogs/bodemenergie_figures_panel.py)

    # -- options ----------------------------------------------------------------
    def configure(self, options):
        """Set the options (dict as OptionsDialog.values) and read the wells once."""
        self.options.update(options)
        wells = self.options.get("wells")
        self.stats = None
        aquifers = None
        if self.options.get("aquifers_text"):
            try:
                aquifers = soilenergy.parse_aquifers(self.options["aquifers_text"])
            except ValueError as exc:
                if self.iface is not None:
                    self.iface.messageBar().pushMessage(
                        tr("Interference area"),
                        tr("Aquifers not used: {error}").format(
                            error=html.escape(str(exc), quote=False)
                        ),
                        Qgis.MessageLevel.Warning,
                        8,
                    )
        if wells is not None and self.options.get("volume"):
            self.stats = AreaStatistics(
                wells,
                self.options["volume"],
                self.options.get("system", ""),
                self.options.get("temperature", ""),
                aquifer_thickness=self.options.get("thickness", soilenergy.AQUIFER_THICKNESS),
                porosity=self.options.get("porosity", soilenergy.POROSITY),
                top_field=self.options.get("top", ""),
                bottom_field=self.options.get("bottom", ""),
                aquifers=aquifers,
                aquifer_field=self.options.get("aquifer", ""),
            )

    def ask_options(self):
        dialog = OptionsDialog(self.options, self.canvas.window())
        if dialog.exec():
            self.configure(dialog.values())
            return True
        return False

    # -- drawing ----------------------------------------------------------------
    def figures(self, extra=None):
        if self.stats is None:
            return None
        g = self.geometry(extra)
        if g is None:
            return None
        return self.stats.for_geometry(g, self.canvas.mapSettings().destinationCrs())

    def show(self, extra=None):
        from .bodemenergie_figures_panel import short_line

        if self.stats is None:
            self.last_text = short = tr("Choose a well layer in the options first.")
            figures = None
        else:
            figures = self.figures(extra)
            self.last_text = describe(figures)
            short = short_line(figures)
        if _alive(self.panel):
            if self.stats is None:
                self.panel.set_message(short)
            else:
                self.panel.set_source(tr("Wells: {layer}").format(layer=self.stats.layer_name))
                self.panel.set_figures(figures)
        if self.iface is not None:
            self.iface.mainWindow().statusBar().showMessage(short, 0)
        return self.last_text

    def changed(self, extra=None):
        """The figures follow the drawing (and the mouse)."""
        return self.show(extra)

    def save_mode(self):
        """The option chosen; without one a given target layer means the layer,
        else the register when the project has one."""
        if self.options.get("save_to"):
            return self.options["save_to"]
        if self.options.get("target") is not None:
            return SAVE_LAYER
        return default_save_mode()

    def finish(self, name=None, ask=True):
        """Save the polygon: into the claims register through the claims dialog
        (returns the dialog), or into the polygon layer (asks for a name unless ``ask``
        is False; returns the layer written to). None when nothing was saved; fewer than
        three vertices cancel the drawing (as PolygonCaptureTool.finish)."""
        geometry = self.geometry()
        if geometry is None:
            self.cancel()
            return None
        self.finished.emit(geometry)
        if self.save_mode() == SAVE_REGISTER:
            dialog = self.to_claims(geometry, name)
            if dialog is not None:
                return dialog
        text = describe(self.figures())
        if ask:
            dialog = SaveDialog(text, self.canvas.window())
            if not dialog.exec():
                return None
            name = dialog.name.text()
        crs = self.canvas.mapSettings().destinationCrs()
        target = self.options.get("target")
        if target is None:
            target = create_area_layer(crs.authid() or "EPSG:28992")
            self.options["target"] = target
        values = {"name": name}
        stats = self.figures()
        if stats is not None:
            values.update(
                n_wells=stats["n_wells"],
                n_systems=stats["n_systems"],
                usage_fraction=round(float(stats["usage_fraction"]), 5),
                n_conflicts=stats["n_conflicts"],
                area_ha=round(stats["area_ha"], 3),
            )
        ok = write_area(target, geometry, crs, values)
        if self.iface is not None:
            self.iface.messageBar().pushMessage(
                tr("Interference area"),
                tr("Saved in '{layer}': {text}").format(layer=target.name(), text=text)
                if ok
                else tr("Could not save in '{layer}'.").format(layer=target.name()),
                Qgis.MessageLevel.Info if ok else Qgis.MessageLevel.Warning,
                5,
            )
        self.reset()
        return target if ok else None

    def to_claims(self, geometry, name=None):
        """Hand the polygon to the claims dialog, pre-filled; None when the dialog
        cannot be opened (the caller then saves into the layer)."""
        stats = self.figures()
        values = claim_values(
            stats,
            self.stats.layer_name if self.stats is not None else "",
            self.options.get("thickness", soilenergy.AQUIFER_THICKNESS),
            self.options.get("porosity", soilenergy.POROSITY),
        )
        if name:
            values["name"] = name
        crs = self.canvas.mapSettings().destinationCrs()
        try:
            dialog = open_claim_dialog(self.iface, geometry, crs, values)
        except Exception as exc:  # noqa: BLE001 - fall back to the plain layer
            if self.iface is not None:
                self.iface.messageBar().pushMessage(
                    tr("Interference area"),
                    tr(
                        "The claims dialog could not be opened ({error}); the area is "
                        "saved in a polygon layer instead."
                    ).format(error=exc),
                    Qgis.MessageLevel.Warning,
                    8,
                )
            return None
        # unsaved dialogs stay open (nothing entered is lost); closed ones are let go
        self.claim_dialogs = [d for d in self.claim_dialogs if _alive(d) and d.isVisible()]
        self.claim_dialogs.append(dialog)
        dock = self.plugin.register_dock if self.plugin is not None else None
        if dock is not None:
            dialog.saved.connect(lambda _ids: dock._changed())
        self.reset()
        return dialog

    def close(self):
        """Unset the tool and take its rubber band off the canvas (plugin unload)."""
        self.points = []
        if self.canvas.mapTool() is self:
            self.canvas.unsetMapTool(self)
        self.remove_band()
        for dialog in self.claim_dialogs:
            if _alive(dialog):
                dialog.close()
                dialog.deleteLater()
        self.claim_dialogs = []
        if _alive(self.panel):
            if self.iface is not None:
                self.iface.removeDockWidget(self.panel)
            self.panel.deleteLater()
        self.panel = None


def make_tool(canvas, iface=None, options=None):
    """The map tool on ``canvas`` (options as OptionsDialog.values)."""
    tool = InterferenceAreaTool(canvas, iface, options)
    if options:
        tool.configure(options)
    return tool


def show_panel(tool, iface):
    """Show the tool's figures panel (made once, docked right of the canvas)."""
    from .bodemenergie_figures_panel import FiguresPanel

    if not _alive(tool.panel):
        tool.panel = FiguresPanel(iface.mainWindow())
        iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, tool.panel)
    tool.panel.show()
    tool.panel.raise_()
    tool.show()
    return tool.panel


def open_tool(plugin):
    """Plugin action: ask the options (first time) and activate the tool."""
    iface = plugin.iface
    tool = plugin.interference_tool
    if tool is None:
        tool = make_tool(iface.mapCanvas(), iface)
        tool.plugin = plugin
        if not tool.ask_options():
            tool.close()
            return None
    elif tool.stats is None and not tool.ask_options():
        return tool
    iface.mapCanvas().setMapTool(tool)
    show_panel(tool, iface)
    iface.messageBar().pushMessage(
        tr("Draw interference area"),
        tr(
            "Left click: add a point; right click or Enter: finish and save; Backspace: undo; "
            "Esc: start again. The figures show in the panel 'Interference area: figures'."
        ),
        Qgis.MessageLevel.Info,
        8,
    )
    return tool  # the plugin keeps it (and closes it on unload)
