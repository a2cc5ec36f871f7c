"""The dialog "Ruimteclaim vastleggen": record (or edit) a spatial claim in the register.

Geometry comes from drawing a polygon on the map canvas, from the selected features of a
polygon layer, or from all features of a layer (e.g. an output of one of the plugin's
algorithms). Several features become one multipolygon or one claim each. Values are
checked live with ``core.claims``; Save writes one transaction through the register
(``register``). On any error the dialog stays open with everything entered.
"""

import contextlib
import html
import os
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpression,
    QgsGeometry,
    QgsMapLayerProxyModel,
    QgsProject,
    QgsSettings,
)
from qgis.PyQt import uic
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox

from .. import register as reg
from ..core import claims as core_claims
from ..register import qgis_layer
from ..translation import translate
from .polygon_capture import PolygonCaptureTool

UI_FILE = Path(__file__).resolve().parent.parent / "resources" / "ui" / "ruimteclaims_dialog.ui"
FORM_CLASS, _ = uic.loadUiType(str(UI_FILE))

PROJECT_SCOPE = "bronnenstrategie"
PROJECT_KEY = "ruimteclaims_register"
SETTINGS_KEY = "bronnenstrategie/ruimteclaims_register"

SOURCE_DRAW, SOURCE_SELECTED, SOURCE_LAYER = range(3)


# -- register location, remembered in the project ----------------------------------
def register_path(project=None):
    """The register path of the project, else the last one used ('' when none)."""
    project = project or QgsProject.instance()
    path, ok = project.readEntry(PROJECT_SCOPE, PROJECT_KEY, "")
    if ok and path:
        return path
    return QgsSettings().value(SETTINGS_KEY, "", type=str) or ""


def set_register_path(path, project=None):
    """Remember the register in the project and the settings, never with a password."""
    from ..register.postgis import safe_location

    path = safe_location(str(path))
    project = project or QgsProject.instance()
    project.writeEntry(PROJECT_SCOPE, PROJECT_KEY, path)
    QgsSettings().setValue(SETTINGS_KEY, path)


def choose_register(parent, current=""):
    """File dialog for an existing or new register ('' when cancelled)."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        translate("RuimteclaimsDialog", "Claims register (GeoPackage)"),
        current or "ruimteclaims.gpkg",
        translate("RuimteclaimsDialog", "GeoPackage (*.gpkg)"),
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    if path and not path.lower().endswith(".gpkg"):
        path += ".gpkg"
    return path


def confirm_create(parent, path):
    """Ask before a new, empty register is made at ``path`` (True: make it)."""
    answer = QMessageBox.question(
        parent,
        translate("RuimteclaimsDialog", "Create a claims register"),
        translate(
            "RuimteclaimsDialog",
            "There is no claims register at {path}. Create a new, empty " "register there?",
        ).format(path=path),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def open_or_create(parent, path):
    """The store of a register chosen in a file dialog: an existing one is checked; where
    there is none, a new one is made only after the user confirms (None when declined).
    Raises RegisterError."""
    store = reg.open_store(path)
    if os.path.exists(path) and os.path.getsize(path) > 0:
        store.require()
        return store
    if not confirm_create(parent, path):
        return None
    store.create()
    return store


def escaped(text):
    """Text for the QGIS message bar, which shows HTML: data (claim names, paths) stays
    plain text."""
    return html.escape(str(text), quote=False)


def claim_id_expression(ids):
    """QGIS expression selecting the claims with these ids (values quoted by QGIS)."""
    return "{} IN ({})".format(
        QgsExpression.quotedColumnRef(qgis_layer.F_CLAIM_ID),
        ", ".join(QgsExpression.quotedValue(str(i)) for i in ids),
    )


def register_layer(store, project=None, add=True):
    """The project's layer of the register (added, styled, when missing and ``add``)."""
    project = project or QgsProject.instance()
    uri, provider = store.qgis_source()
    if provider != "ogr":  # PostGIS register: the layer of the same table in the same database
        from qgis.core import QgsDataSourceUri

        def key(source):
            u = QgsDataSourceUri(source)
            return u.connectionInfo(False), u.schema(), u.table()

        for layer in project.mapLayers().values():
            if layer.providerType() == provider and key(layer.source()) == key(uri):
                return layer
        layer = qgis_layer.load_layer(uri, provider=provider) if add else None
        if layer is not None and layer.isValid():
            project.addMapLayer(layer)
            return layer
        return None
    wanted = Path(store.location()).resolve()
    for layer in project.mapLayers().values():
        if layer.providerType() != provider:
            continue
        source = layer.source().split("|")[0]
        if Path(source).resolve() == wanted and qgis_layer.LAYER_NAME in layer.source():
            return layer
    if not add:
        return None
    layer = qgis_layer.load_layer(store.location())
    if layer.isValid():
        project.addMapLayer(layer)
        return layer
    return None


def refresh_layer(layer):
    if layer is not None:
        layer.dataProvider().reloadData()
        layer.triggerRepaint()


# -- the dialog -------------------------------------------------------------------
class RuimteclaimsDialog(QDialog, FORM_CLASS):
    """Record a new claim, or edit ``claim_id`` of ``store``."""

    saved = pyqtSignal(list)  # claim ids

    def __init__(self, iface, store=None, claim_id=None, parent=None):
        parent = parent or (iface.mainWindow() if iface is not None else None)
        super().__init__(parent)
        self.setupUi(self)
        self.iface = iface
        self.store = store
        self.claim_id = claim_id
        self.geometries = []  # shapely geometries in EPSG:28992
        self.geometry_problems = []
        self.source_crs = qgis_layer.CRS_AUTHID
        self.source_transformable = True
        self.map_tool = None
        self.previous_tool = None
        self._fill_combos()
        self.registerEdit.setText(store.location() if store is not None else register_path())
        # data (claim names, paths) in labels is shown as text, never as rich text
        for label in (self.messagesLabel, self.geometryLabel, self.areaLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.registerButton.clicked.connect(self._browse_register)
        self.geometrySourceCombo.addItems(
            [
                translate("RuimteclaimsDialog", "Drawing on the map"),
                translate("RuimteclaimsDialog", "Selected features of a layer"),
                translate("RuimteclaimsDialog", "All features of a layer"),
            ]
        )
        self.layerCombo.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer)
        self.geometrySourceCombo.currentIndexChanged.connect(self._source_changed)
        self.drawButton.clicked.connect(self.start_drawing)
        self.takeButton.clicked.connect(self.take_from_layer)
        self.onePerFeatureCheck.toggled.connect(lambda _: self.take_from_layer(quiet=True))
        self.typeCombo.currentIndexChanged.connect(self._type_changed)
        for edit in (
            self.nameEdit,
            self.depthTopEdit,
            self.depthBottomEdit,
            self.validFromEdit,
            self.validToEdit,
        ):
            edit.textChanged.connect(self.update_messages)
        for combo in (self.categoryCombo, self.statusCombo, self.levelCombo):
            combo.currentIndexChanged.connect(self.update_messages)
        save = self.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText(translate("RuimteclaimsDialog", "Save"))
        self.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("RuimteclaimsDialog", "Cancel")
        )
        self.buttonBox.accepted.connect(self.save)
        self.buttonBox.rejected.connect(self.reject)
        self._source_changed(self.geometrySourceCombo.currentIndex())
        if claim_id:
            self.load_claim(claim_id)
        else:
            self._type_changed()
        self.update_messages()

    # -- widgets ----------------------------------------------------------------
    def _fill_combos(self):
        self.typeCombo.addItem("", None)
        for code, text in qgis_layer.CLAIM_TYPES.items():
            self.typeCombo.addItem(qgis_layer.translated(text), code)
        self.categoryCombo.addItem("", None)
        for code, text in qgis_layer.CATEGORIES.items():
            self.categoryCombo.addItem(qgis_layer.translated(text), code)
        for code, text in qgis_layer.STATUSES.items():
            self.statusCombo.addItem(qgis_layer.translated(text), code)
        self.levelCombo.addItem("", None)
        for code, text in qgis_layer.LEVELS.items():
            self.levelCombo.addItem(qgis_layer.translated(text), code)

    @staticmethod
    def _set_combo(combo, value):
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def _browse_register(self):
        path = choose_register(self, self.registerEdit.text())
        if path:
            try:
                store = open_or_create(self, path)
            except reg.RegisterError as exc:
                self.show_message(exc.text(translate))
                return
            if store is None:
                return
            self.store = store
        if path:
            self.registerEdit.setText(path)

    def _source_changed(self, index):
        drawing = index == SOURCE_DRAW
        self.drawButton.setEnabled(drawing)
        self.takeButton.setEnabled(not drawing)
        self.layerCombo.setEnabled(not drawing)
        self.onePerFeatureCheck.setEnabled(not drawing)

    def _type_changed(self, *_):
        """Defaults from the claim type: IMOW type and group, level (user values kept
        unless they were the previous type's defaults)."""
        code = self.typeCombo.currentData()
        defaults = qgis_layer.defaults_for_type(code)
        previous = qgis_layer.defaults_for_type(getattr(self, "_last_type", None))
        for edit, field in (
            (self.imowTypeEdit, qgis_layer.F_IMOW_TYPE),
            (self.imowGroupEdit, qgis_layer.F_IMOW_GROUP),
        ):
            if not edit.text() or edit.text() == previous[field]:
                edit.setText(defaults[field])
        if self.levelCombo.currentData() in (None, previous[qgis_layer.F_LEVEL]):
            self._set_combo(self.levelCombo, defaults[qgis_layer.F_LEVEL] or None)
        if code not in qgis_layer.GEOTHERMAL_TYPES:
            self.categoryCombo.setCurrentIndex(0)
        self.categoryCombo.setEnabled(code in qgis_layer.GEOTHERMAL_TYPES)
        self._last_type = code
        self.update_messages()

    # -- values -------------------------------------------------------------------
    def values(self):
        """The attribute values entered (raw: validated and normalised on save)."""
        return {
            qgis_layer.F_NAME: self.nameEdit.text(),
            qgis_layer.F_CLAIM_TYPE: self.typeCombo.currentData(),
            qgis_layer.F_CATEGORY: self.categoryCombo.currentData(),
            qgis_layer.F_STATUS: self.statusCombo.currentData(),
            qgis_layer.F_LEVEL: self.levelCombo.currentData(),
            qgis_layer.F_DEPTH_TOP: self.depthTopEdit.text(),
            qgis_layer.F_DEPTH_BOTTOM: self.depthBottomEdit.text(),
            qgis_layer.F_OMGEVINGSPLAN_REF: self.omgevingsplanEdit.text(),
            qgis_layer.F_IMOW_TYPE: self.imowTypeEdit.text(),
            qgis_layer.F_IMOW_GROUP: self.imowGroupEdit.text(),
            qgis_layer.F_INITIATOR: self.initiatorEdit.text(),
            qgis_layer.F_MOTIVATION: self.motivationEdit.toPlainText(),
            qgis_layer.F_VALID_FROM: self.validFromEdit.text(),
            qgis_layer.F_VALID_TO: self.validToEdit.text(),
            qgis_layer.F_SOURCE_REF: self.sourceRefEdit.text(),
        }

    def set_values(self, attrs):
        def text(name):
            value = attrs.get(name)
            return (
                "" if value is None else (f"{value:g}" if isinstance(value, float) else str(value))
            )

        self.nameEdit.setText(text(qgis_layer.F_NAME))
        self._set_combo(self.typeCombo, attrs.get(qgis_layer.F_CLAIM_TYPE))
        self._last_type = attrs.get(qgis_layer.F_CLAIM_TYPE)
        self._set_combo(self.categoryCombo, attrs.get(qgis_layer.F_CATEGORY))
        self._set_combo(self.statusCombo, attrs.get(qgis_layer.F_STATUS))
        self._set_combo(self.levelCombo, attrs.get(qgis_layer.F_LEVEL))
        self.depthTopEdit.setText(text(qgis_layer.F_DEPTH_TOP))
        self.depthBottomEdit.setText(text(qgis_layer.F_DEPTH_BOTTOM))
        self.omgevingsplanEdit.setText(text(qgis_layer.F_OMGEVINGSPLAN_REF))
        self.imowTypeEdit.setText(text(qgis_layer.F_IMOW_TYPE))
        self.imowGroupEdit.setText(text(qgis_layer.F_IMOW_GROUP))
        self.initiatorEdit.setText(text(qgis_layer.F_INITIATOR))
        self.motivationEdit.setPlainText(text(qgis_layer.F_MOTIVATION))
        self.validFromEdit.setText(text(qgis_layer.F_VALID_FROM))
        self.validToEdit.setText(text(qgis_layer.F_VALID_TO))
        self.sourceRefEdit.setText(text(qgis_layer.F_SOURCE_REF))

    def prefill(self, attrs):
        """Set only the fields in ``attrs`` (e.g. a hand-off from a map tool); the claim
        type goes first so that its defaults (IMOW type/group, level) can be overridden."""
        if qgis_layer.F_CLAIM_TYPE in attrs:
            self._set_combo(self.typeCombo, attrs[qgis_layer.F_CLAIM_TYPE])
        combos = {
            qgis_layer.F_CATEGORY: self.categoryCombo,
            qgis_layer.F_STATUS: self.statusCombo,
            qgis_layer.F_LEVEL: self.levelCombo,
        }
        edits = {
            qgis_layer.F_NAME: self.nameEdit,
            qgis_layer.F_DEPTH_TOP: self.depthTopEdit,
            qgis_layer.F_DEPTH_BOTTOM: self.depthBottomEdit,
            qgis_layer.F_OMGEVINGSPLAN_REF: self.omgevingsplanEdit,
            qgis_layer.F_IMOW_TYPE: self.imowTypeEdit,
            qgis_layer.F_IMOW_GROUP: self.imowGroupEdit,
            qgis_layer.F_INITIATOR: self.initiatorEdit,
            qgis_layer.F_VALID_FROM: self.validFromEdit,
            qgis_layer.F_VALID_TO: self.validToEdit,
            qgis_layer.F_SOURCE_REF: self.sourceRefEdit,
        }
        for name, value in attrs.items():
            if value is None:
                continue
            text = f"{value:g}" if isinstance(value, float) else str(value)
            if name in combos:
                self._set_combo(combos[name], value)
            elif name in edits:
                edits[name].setText(text)
            elif name == qgis_layer.F_MOTIVATION:
                self.motivationEdit.setPlainText(text)
        self.update_messages()

    def load_claim(self, claim_id):
        claim = self._store().get(claim_id)
        if claim is None:
            self.show_message(
                translate(
                    "RuimteclaimsDialog", "The claim {} is no longer in the register."
                ).format(claim_id)
            )
            return
        self.setWindowTitle(translate("RuimteclaimsDialog", "Edit spatial claim"))
        self.set_values(claim)
        # the version this edit starts from: a save after someone else's change is refused
        self.loaded_modified_at = claim.get(qgis_layer.F_MODIFIED_AT)
        self.categoryCombo.setEnabled(
            claim.get(qgis_layer.F_CLAIM_TYPE) in qgis_layer.GEOTHERMAL_TYPES
        )
        self.geometries = [claim["geometry"]]
        self._geometry_changed()

    # -- geometry -----------------------------------------------------------------
    def set_geometries(self, geometries, crs):
        """Use QgsGeometries in ``crs`` (a QgsCoordinateReferenceSystem): transformed to
        EPSG:28992; unreadable or untransformable ones are reported."""
        from ..glue.geometry import to_shapely

        target = QgsCoordinateReferenceSystem(qgis_layer.CRS_AUTHID)
        self.source_crs = crs.authid() if crs is not None else ""
        transform = None
        self.source_transformable = crs is not None and crs.isValid()
        if self.source_transformable and crs.authid() != qgis_layer.CRS_AUTHID:
            transform = QgsCoordinateTransform(crs, target, QgsProject.instance())
            self.source_transformable = transform.isValid()
        shapes = []
        for geometry in geometries:
            geometry = QgsGeometry(geometry)
            if transform is not None:
                try:
                    geometry.transform(transform)
                except Exception:  # noqa: BLE001 - QgsCsException
                    self.source_transformable = False
                    continue
            try:
                shapes.append(to_shapely(geometry, make_valid=False))
            except Exception:  # noqa: BLE001 - unreadable -> reported as missing
                shapes.append(None)
        self.geometries = shapes
        self._geometry_changed()

    def take_from_layer(self, quiet=False):
        """Geometries of the selected (or all) features of the chosen layer."""
        if self.geometrySourceCombo.currentIndex() == SOURCE_DRAW:
            return
        layer = self.layerCombo.currentLayer()
        if layer is None:
            if not quiet:
                self.show_message(translate("RuimteclaimsDialog", "Choose a polygon layer."))
            return
        if self.geometrySourceCombo.currentIndex() == SOURCE_SELECTED:
            features = layer.selectedFeatures()
            if not features and not quiet:
                self.show_message(
                    translate(
                        "RuimteclaimsDialog", "The layer {} has no selected features."
                    ).format(layer.name())
                )
        else:
            features = list(layer.getFeatures())
        geometries = [f.geometry() for f in features if f.hasGeometry()]
        one_each = self.onePerFeatureCheck.isChecked() and not self.claim_id
        if len(geometries) > 1 and not one_each:
            geometries = [QgsGeometry.collectGeometry(geometries)]
        if not self.sourceRefEdit.text():
            self.sourceRefEdit.setText(layer.name())
        self.set_geometries(geometries, layer.crs())

    def start_drawing(self):
        if self.iface is None:
            return
        canvas = self.iface.mapCanvas()
        self.map_tool = PolygonCaptureTool(canvas)
        self.map_tool.finished.connect(self._drawn)
        self.map_tool.cancelled.connect(self._drawing_done)
        self.previous_tool = canvas.mapTool()
        canvas.setMapTool(self.map_tool)
        self.geometryLabel.setText(
            translate(
                "RuimteclaimsDialog",
                "Click the corners on the map; Backspace removes the last one; right click or "
                "Enter finishes, Esc cancels.",
            )
        )

    def _drawn(self, geometry):
        self.set_geometries([geometry], self.iface.mapCanvas().mapSettings().destinationCrs())
        self._drawing_done()

    def _drawing_done(self):
        if self.iface is not None and self.map_tool is not None:
            canvas = self.iface.mapCanvas()
            if canvas.mapTool() is self.map_tool:
                canvas.unsetMapTool(self.map_tool)
                if self.previous_tool is not None:
                    canvas.setMapTool(self.previous_tool)
            self.map_tool.remove_band()
        self.map_tool = None
        self.raise_()
        self.activateWindow()

    def _geometry_changed(self):
        n = len(self.geometries)
        if n == 0:
            self.geometryLabel.setText(translate("RuimteclaimsDialog", "No geometry yet."))
            self.areaLabel.setText("-")
        else:
            area = sum(g.area for g in self.geometries if g is not None and not g.is_empty)
            self.geometryLabel.setText(
                translate(
                    "RuimteclaimsDialog", "{} geometry(ies), {} claim(s) will be saved."
                ).format(n, n)
            )
            self.areaLabel.setText(
                translate("RuimteclaimsDialog", "{:,.0f} m² ({:.2f} ha)").format(area, area / 1e4)
            )
        self.update_messages()

    # -- validation -----------------------------------------------------------------
    def problems(self):
        """Validation problems of the entered values and every geometry."""
        values = core_claims.normalise(self.values())
        problems = core_claims.validate_attributes(values)
        if not self.geometries:
            problems.extend(core_claims.check_geometry(None))
        for geometry in self.geometries:
            crs_problems = core_claims.check_crs(self.source_crs, self.source_transformable)
            if crs_problems:
                problems.extend(crs_problems)
                break
            problems.extend(
                core_claims.check_geometry(geometry) or core_claims.check_rd_extent(geometry)
            )
        if not self.registerEdit.text().strip():
            problems.append(
                core_claims.Problem(
                    "register",
                    "register",
                    translate("RuimteclaimsDialog", "Choose the claims register (GeoPackage)."),
                    {},
                )
            )
        return problems

    def update_messages(self, *_):
        problems = self.problems()
        self.messagesLabel.setText("\n".join(p.text(translate) for p in problems))
        return problems

    def show_message(self, text, level=Qgis.MessageLevel.Critical):
        self.messagesLabel.setText(text)
        if self.iface is not None:
            with contextlib.suppress(Exception):  # blind on purpose: message bar of a test iface
                self.iface.messageBar().pushMessage(
                    translate("RuimteclaimsDialog", "Spatial claims"), escaped(text), level, 10
                )

    # -- saving ---------------------------------------------------------------------
    def _store(self):
        path = self.registerEdit.text().strip()
        if self.store is None or self.store.location() != path:
            self.store = reg.open_store(path)
        return self.store

    def save(self):
        """Validate and write in one transaction; True when saved (the dialog closes).
        On any problem the dialog stays open with the data."""
        problems = self.update_messages()
        if problems:
            self.show_message(
                translate("RuimteclaimsDialog", "Not saved: {}").format(
                    " ".join(p.text(translate) for p in problems)
                ),
                Qgis.MessageLevel.Warning,
            )
            return False
        values = core_claims.normalise(self.values())
        try:
            store = self._store()
            store.require()  # never creates: a mistyped path is an error naming it
            if self.claim_id:
                geometry = self.geometries[0] if len(self.geometries) == 1 else None
                ids = [
                    store.update(
                        self.claim_id,
                        values,
                        geometry,
                        expected_modified_at=getattr(self, "loaded_modified_at", None),
                    )
                ]
            else:
                batch = []
                n = len(self.geometries)
                for i, geometry in enumerate(self.geometries):
                    attrs = dict(values)
                    if n > 1:
                        attrs[qgis_layer.F_NAME] = f"{values[qgis_layer.F_NAME]} ({i + 1}/{n})"
                    batch.append((attrs, geometry))
                ids = store.add(batch)
        except reg.RegisterError as exc:
            self.show_message(exc.text(translate))
            return False
        set_register_path(store.location())
        self._show_on_map(store, ids)
        self.saved.emit(ids)
        if self.iface is not None:
            with contextlib.suppress(Exception):  # blind on purpose: a courtesy message
                self.iface.messageBar().pushMessage(
                    translate("RuimteclaimsDialog", "Spatial claims"),
                    escaped(
                        translate("RuimteclaimsDialog", "{} claim(s) saved in {}.").format(
                            len(ids), store.location()
                        )
                    ),
                    Qgis.MessageLevel.Success,
                    5,
                )
        self.accept()
        return True

    def _show_on_map(self, store, ids):
        layer = register_layer(store)
        refresh_layer(layer)
        if layer is None or self.iface is None:
            return
        with contextlib.suppress(Exception):  # blind on purpose: zooming is a courtesy
            canvas = self.iface.mapCanvas()
            fids = [f.id() for f in layer.getFeatures(claim_id_expression(ids))]
            if fids:
                canvas.zoomToFeatureIds(layer, fids)
                canvas.flashFeatureIds(layer, fids)

    def done(self, result):
        if self.map_tool is not None:
            self._drawing_done()
        super().done(result)


def open_dialog(plugin, claim_id=None, store=None):
    """Open the dialog modeless (so that the user can draw on the map); returns it."""
    dialog = RuimteclaimsDialog(plugin.iface, store=store, claim_id=claim_id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    dialog.show()
    return dialog
