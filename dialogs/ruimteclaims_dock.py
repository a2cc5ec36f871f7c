"""The dock "Ruimteclaims": the claims of the register in a table.

Filters (type, status, text), zoom to, edit in the dialog, delete (with confirmation,
recorded in the history), the history of a claim and restoring deleted claims.

Other groups add their own buttons with :meth:`RuimteclaimsDock.add_button`, e.g.::

    dock.add_button("claimconflicts", tr("Conflicts…"), callback, needs_selection=False)

``callback(dock)`` gets the dock: ``dock.store`` (the ClaimStore), ``dock.selected_claim_ids()``,
``dock.register_layer()`` and ``dock.refresh()`` are there to use.
"""

from qgis.core import Qgis, QgsFeatureRequest
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import register as reg
from ..register import qgis_layer
from ..translation import translate
from . import ruimteclaims_dialog as dlg

#: Columns of the table (field names).
COLUMNS = (
    qgis_layer.F_NAME,
    qgis_layer.F_CLAIM_TYPE,
    qgis_layer.F_STATUS,
    qgis_layer.F_CATEGORY,
    qgis_layer.F_LEVEL,
    qgis_layer.F_OMGEVINGSPLAN_REF,
    qgis_layer.F_VALID_FROM,
    qgis_layer.F_VALID_TO,
    qgis_layer.F_MODIFIED_AT,
)


class HistoryDialog(QDialog):
    """The history rows of one claim: time, action, user and what changed."""

    def __init__(self, rows, title, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(720, 360)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(len(rows), 4, self)
        self.table.setHorizontalHeaderLabels(
            [
                translate("RuimteclaimsDock", "Time"),
                translate("RuimteclaimsDock", "Action"),
                translate("RuimteclaimsDock", "User"),
                translate("RuimteclaimsDock", "Changes"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        actions = {
            "insert": translate("RuimteclaimsDock", "added"),
            "update": translate("RuimteclaimsDock", "changed"),
            "delete": translate("RuimteclaimsDock", "deleted"),
            "restore": translate("RuimteclaimsDock", "restored"),
        }
        for r, row in enumerate(rows):
            values = (
                row[qgis_layer.H_TIME],
                actions.get(row[qgis_layer.H_ACTION], row[qgis_layer.H_ACTION]),
                row[qgis_layer.H_USER] or "",
                describe_changes(row[qgis_layer.H_OLD], row[qgis_layer.H_NEW]),
            )
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(str(value)))
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def describe_changes(old, new):
    """'field: old -> new' for changed fields (geometry as 'geometry changed')."""
    if old is None or new is None:
        return ""
    parts = []
    for key in qgis_layer.FIELD_NAMES:
        if key == qgis_layer.F_MODIFIED_AT:
            continue
        if old.get(key) != new.get(key):
            parts.append(
                f"{qgis_layer.translated(qgis_layer.FIELDS_BY_NAME[key].alias)}: {old.get(key)} → "
                f"{new.get(key)}"
            )
    if old.get(qgis_layer.GEOMETRY_COLUMN) != new.get(qgis_layer.GEOMETRY_COLUMN):
        parts.append(translate("RuimteclaimsDock", "geometry changed"))
    return "; ".join(parts)


class RuimteclaimsDock(QDockWidget):
    """The register dock. ``store`` may be given (tests); otherwise the project's register."""

    claimsChanged = pyqtSignal()  # noqa: N815 - Qt signal naming

    def __init__(self, iface, store=None, parent=None):
        super().__init__(
            translate("RuimteclaimsDock", "Spatial claims"),
            parent or (iface.mainWindow() if iface else None),
        )
        self.setObjectName("bronnenstrategieRuimteclaimsDock")
        self.iface = iface
        self.store = store
        self.dialogs = []
        self.buttons = {}
        self._selection_buttons = []
        body = QWidget(self)
        layout = QVBoxLayout(body)

        top = QHBoxLayout()
        self.registerLabel = QLabel(body)
        self.registerLabel.setWordWrap(True)
        self.registerLabel.setTextFormat(Qt.TextFormat.PlainText)
        choose = QToolButton(body)
        choose.setText("…")
        choose.setToolTip(translate("RuimteclaimsDock", "Choose or create the claims register"))
        choose.clicked.connect(self.choose_register)
        top.addWidget(self.registerLabel, 1)
        top.addWidget(choose)
        layout.addLayout(top)

        filters = QHBoxLayout()
        self.typeFilter = QComboBox(body)
        self.typeFilter.addItem(translate("RuimteclaimsDock", "All types"), None)
        for code, text in qgis_layer.CLAIM_TYPES.items():
            self.typeFilter.addItem(qgis_layer.translated(text), code)
        self.statusFilter = QComboBox(body)
        self.statusFilter.addItem(translate("RuimteclaimsDock", "All statuses"), None)
        for code, text in qgis_layer.STATUSES.items():
            self.statusFilter.addItem(qgis_layer.translated(text), code)
        self.textFilter = QLineEdit(body)
        self.textFilter.setPlaceholderText(translate("RuimteclaimsDock", "Search…"))
        self.textFilter.setClearButtonEnabled(True)
        for widget in (self.typeFilter, self.statusFilter):
            widget.currentIndexChanged.connect(self.refresh)
        self.textFilter.textChanged.connect(self.refresh)
        filters.addWidget(self.typeFilter)
        filters.addWidget(self.statusFilter)
        filters.addWidget(self.textFilter, 1)
        layout.addLayout(filters)

        self.table = QTableWidget(0, len(COLUMNS), body)
        self.table.setHorizontalHeaderLabels(
            [qgis_layer.translated(qgis_layer.FIELDS_BY_NAME[c].alias) for c in COLUMNS]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _: self.zoom_to_selected())
        layout.addWidget(self.table, 1)

        self.buttonBar = QHBoxLayout()
        self.buttonBar.setObjectName("buttonBar")
        layout.addLayout(self.buttonBar)
        self.add_button(
            "zoom", translate("RuimteclaimsDock", "Zoom to"), lambda d: d.zoom_to_selected()
        )
        self.add_button(
            "new",
            translate("RuimteclaimsDock", "New…"),
            lambda d: d.new_claim(),
            needs_selection=False,
        )
        self.add_button("edit", translate("RuimteclaimsDock", "Edit…"), lambda d: d.edit_selected())
        self.add_button(
            "delete", translate("RuimteclaimsDock", "Delete"), lambda d: d.delete_selected()
        )
        self.add_button(
            "history", translate("RuimteclaimsDock", "History"), lambda d: d.show_history()
        )
        self.add_button(
            "restore",
            translate("RuimteclaimsDock", "Restore deleted…"),
            lambda d: d.restore_deleted(),
            needs_selection=False,
        )
        self.buttonBar.addStretch(1)
        self.setWidget(body)
        self.refresh()

    # -- extension point ------------------------------------------------------------
    def add_button(self, key, text, callback, needs_selection=True, tooltip=""):
        """Add a button to the dock's button bar; ``callback(dock)`` runs on click.
        Buttons that need a selection are enabled only when claims are selected."""
        button = QPushButton(text, self)
        button.setObjectName("ruimteclaims_" + key)
        if tooltip:
            button.setToolTip(tooltip)
        button.clicked.connect(lambda _checked=False: callback(self))
        # keep the stretch (if any) last
        index = self.buttonBar.count()
        if index and self.buttonBar.itemAt(index - 1).spacerItem() is not None:
            index -= 1
        self.buttonBar.insertWidget(index, button)
        self.buttons[key] = button
        if needs_selection:
            self._selection_buttons.append(button)
            button.setEnabled(bool(self.selected_claim_ids()))
        return button

    # -- register -----------------------------------------------------------------
    def current_store(self):
        if self.store is None:
            path = dlg.register_path()
            if path:
                try:
                    self.store = reg.open_store(path)
                except reg.RegisterError as exc:
                    self.report(exc.text(dlg.translate))
        return self.store

    def choose_register(self):
        path = dlg.choose_register(self, self.store.location() if self.store else "")
        if not path:
            return
        try:
            store = dlg.open_or_create(self, path)
        except reg.RegisterError as exc:
            self.report(exc.text(dlg.translate))
            return
        if store is None:
            return
        self.store = store
        dlg.set_register_path(path)
        dlg.register_layer(store)
        self.refresh()

    def register_layer(self, add=True):
        store = self.current_store()
        return dlg.register_layer(store, add=add) if store is not None else None

    def report(self, text, level=Qgis.MessageLevel.Critical):
        if self.iface is not None:
            try:
                self.iface.messageBar().pushMessage(
                    translate("RuimteclaimsDock", "Spatial claims"), dlg.escaped(text), level, 10
                )
                return
            except Exception:  # noqa: BLE001
                pass
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("RuimteclaimsDock", "Spatial claims"),
            text,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # claim names and paths are data, not HTML
        box.exec()

    # -- table ----------------------------------------------------------------------
    def refresh(self, *_):
        store = self.current_store()
        self.registerLabel.setText(
            store.location() if store else translate("RuimteclaimsDock", "No register chosen.")
        )
        rows = []
        if store is not None and store.exists():
            try:
                rows = store.list_claims(
                    self.typeFilter.currentData(),
                    self.statusFilter.currentData(),
                    self.textFilter.text(),
                )
            except reg.RegisterError as exc:
                self.report(exc.text(dlg.translate))
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(rows))
        for r, claim in enumerate(rows):
            for c, name in enumerate(COLUMNS):
                value = claim.get(name)
                text = (
                    qgis_layer.label(name, value)
                    if qgis_layer.value_map(name)
                    else ("" if value is None else str(value))
                )
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, claim[qgis_layer.F_CLAIM_ID])
                self.table.setItem(r, c, item)
        self.table.setSortingEnabled(True)
        self.table.resizeColumnsToContents()
        self._selection_changed()

    def claim_ids(self):
        """claim_ids of the rows shown, in table order."""
        return [
            self.table.item(r, 0).data(Qt.ItemDataRole.UserRole)
            for r in range(self.table.rowCount())
        ]

    def selected_claim_ids(self):
        if not hasattr(self, "table"):
            return []
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in rows]

    def select_claims(self, claim_ids):
        self.table.clearSelection()
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) in claim_ids:
                self.table.selectRow(r)

    def _selection_changed(self):
        selected = bool(self.selected_claim_ids())
        for button in self._selection_buttons:
            button.setEnabled(selected)

    # -- actions --------------------------------------------------------------------
    def zoom_to_selected(self):
        ids = self.selected_claim_ids()
        layer = self.register_layer()
        if not ids or layer is None or self.iface is None:
            return
        expression = dlg.claim_id_expression(ids)
        fids = [
            f.id() for f in layer.getFeatures(QgsFeatureRequest().setFilterExpression(expression))
        ]
        if fids:
            canvas = self.iface.mapCanvas()
            canvas.zoomToFeatureIds(layer, fids)
            canvas.flashFeatureIds(layer, fids)

    def _open_dialog(self, claim_id=None):
        dialog = dlg.RuimteclaimsDialog(self.iface, store=self.current_store(), claim_id=claim_id)
        dialog.saved.connect(lambda _ids: self._changed())
        dialog.show()
        self.dialogs.append(dialog)
        return dialog

    def new_claim(self):
        return self._open_dialog()

    def edit_selected(self):
        ids = self.selected_claim_ids()
        if ids:
            return self._open_dialog(ids[0])
        return None

    def delete_selected(self, confirm=True):
        ids = self.selected_claim_ids()
        store = self.current_store()
        if not ids or store is None:
            return 0
        if confirm:
            answer = QMessageBox.question(
                self,
                translate("RuimteclaimsDock", "Delete claims"),
                translate(
                    "RuimteclaimsDock",
                    "Delete {} claim(s) from the register? The history keeps them; they can be "
                    "restored with 'Restore deleted…'.",
                ).format(len(ids)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return 0
        deleted = 0
        for claim_id in ids:
            try:
                store.delete(claim_id)
                deleted += 1
            except reg.RegisterError as exc:
                self.report(exc.text(dlg.translate))
                break
        self._changed()
        return deleted

    def show_history(self):
        ids = self.selected_claim_ids()
        store = self.current_store()
        if not ids or store is None:
            return None
        try:
            rows = store.history(ids[0])
        except reg.RegisterError as exc:
            self.report(exc.text(dlg.translate))
            return None
        name = ""
        for row in rows:
            name = (row[qgis_layer.H_NEW] or row[qgis_layer.H_OLD] or {}).get(
                qgis_layer.F_NAME
            ) or name
            if name:
                break
        dialog = HistoryDialog(
            rows, translate("RuimteclaimsDock", "History of {}").format(name or ids[0]), self
        )
        dialog.show()
        self.dialogs.append(dialog)
        return dialog

    def restore_deleted(self, claim_id=None):
        store = self.current_store()
        if store is None:
            return None
        try:
            if claim_id is None:
                deleted = store.deleted_claims()
                if not deleted:
                    self.report(
                        translate("RuimteclaimsDock", "There are no deleted claims to restore."),
                        Qgis.MessageLevel.Info,
                    )
                    return None
                labels = ["{} ({}, {})".format(d["name"], d["time"], d["user"]) for d in deleted]
                choice, ok = QInputDialog.getItem(
                    self,
                    translate("RuimteclaimsDock", "Restore a deleted claim"),
                    translate("RuimteclaimsDock", "Claim"),
                    labels,
                    0,
                    False,
                )
                if not ok:
                    return None
                claim_id = deleted[labels.index(choice)]["claim_id"]
            store.restore(claim_id)
        except reg.RegisterError as exc:
            self.report(exc.text(dlg.translate))
            return None
        self._changed()
        self.select_claims([claim_id])
        return claim_id

    def _changed(self):
        dlg.refresh_layer(self.register_layer(add=False))
        self.refresh()
        self.claimsChanged.emit()


def open_dock(plugin):
    """Show the dock (one per plugin session); returns it."""
    dock = getattr(plugin, "register_dock", None)
    if dock is None:
        dock = RuimteclaimsDock(plugin.iface)
        from . import ruimteclaims_gio_actions  # "Check conflicts" and "Export GIO…"

        ruimteclaims_gio_actions.install(dock)
        if plugin.iface is not None:
            plugin.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.refresh()
    dock.show()
    dock.raise_()
    return dock


def open_dialog(plugin):
    """Open the dialog to record a claim (it refreshes an open dock when saved)."""
    dialog = dlg.open_dialog(plugin)
    dock = getattr(plugin, "register_dock", None)
    if dock is not None:
        dialog.saved.connect(lambda _ids: dock._changed())
    return dialog
