"""Under the Dutch translator the claims dialog, the claims dock and the interference-area
map tool speak Dutch: every visible text differs from the English one built without the
translator (a text that stays English means the translate() context at runtime differs from
the one pylupdate5 recorded), and a few texts are checked word for word."""

import pytest
from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
)

from bronnenstrategie import register as reg

#: Texts that are the same in English and Dutch (or not texts at all), and the standard
#: buttons of a QDialogButtonBox, which Qt's own translator (installed by QGIS) translates.
SAME = {"", "-", "…", "Status *", "Status", "Concept", "In procedure", "OK", "Cancel", "Save"}
#: Words that are the same in both languages (English texts made only of these are fine).
SAME_WORDS = {"Bronnenstrategie"}


def texts(widget):
    """(what, text) of the window title and every label, button, combo item, placeholder
    and table header under ``widget``."""
    found = [("title", widget.windowTitle())]
    for label in widget.findChildren(QLabel):
        found.append(("label " + label.objectName(), label.text()))
    for button in widget.findChildren(QAbstractButton):
        found.append(("button " + button.objectName(), button.text()))
        found.append(("tooltip " + button.objectName(), button.toolTip()))
    for combo in widget.findChildren(QComboBox):
        if isinstance(combo, (QgsMapLayerComboBox, QgsFieldComboBox)):
            continue  # layer and field names are data, not texts
        for i in range(combo.count()):
            found.append((f"item {combo.objectName()} {i}", combo.itemText(i)))
    for edit in widget.findChildren(QLineEdit):
        found.append(("placeholder " + edit.objectName(), edit.placeholderText()))
    for table in widget.findChildren(QTableWidget):
        for c in range(table.columnCount()):
            item = table.horizontalHeaderItem(c)
            found.append((f"header {table.objectName()} {c}", item.text() if item else ""))
    return found


def untranslated(english, dutch):
    """Texts equal in both builds that are not allowed to be."""
    assert [w for w, _ in english] == [w for w, _ in dutch]  # same widgets in both
    return [
        (w, e)
        for (w, e), (_, d) in zip(english, dutch)
        if e == d
        and e.strip() not in SAME
        and not set(e.split()) <= SAME_WORDS
        and not e.startswith("/")
    ]  # paths


@pytest.fixture
def dutch(plugin):
    """Installs the Dutch translator for the duration of a test."""
    from bronnenstrategie import i18n_loader

    def install():
        assert i18n_loader.install_translator("nl"), "build i18n/bronnenstrategie_nl.qm first"

    yield install
    i18n_loader.remove_translators()


@pytest.fixture
def store(tmp_path):
    store = reg.GeoPackageClaimStore(str(tmp_path / "ruimteclaims.gpkg"))
    store.create()
    return store


class FakePlugin:
    def __init__(self, iface):
        self.iface = iface
        self.register_dock = None


def test_claims_dialog_in_dutch(dutch, qgis_iface, store):
    from bronnenstrategie.dialogs import ruimteclaims_dialog as dlg

    english = texts(dlg.RuimteclaimsDialog(qgis_iface, store=store))
    dutch()
    dialog = dlg.RuimteclaimsDialog(qgis_iface, store=store)
    assert untranslated(english, texts(dialog)) == []
    assert dialog.windowTitle() == "Ruimteclaim vastleggen"
    assert dialog.nameLabel.text() == "Naam *"
    assert dialog.buttonBox.button(dialog.buttonBox.Save).text() == "Opslaan"
    assert dialog.levelLabel.text() == "Niveau"
    assert dialog.geometrySourceCombo.itemText(0) == "Tekenen op de kaart"
    assert (
        dialog.typeCombo.itemText(dialog.typeCombo.findData("bodemenergie_interferentiegebied"))
        == "Bodemenergie: interferentiegebied"
    )
    assert [dialog.statusCombo.itemText(i) for i in range(dialog.statusCombo.count())] == [
        "Concept",
        "In procedure",
        "Vastgesteld",
        "Ingetrokken",
    ]
    assert [dialog.levelCombo.itemText(i) for i in range(dialog.levelCombo.count())] == [
        "",
        "Bovengronds",
        "Ondergronds",
        "Beide",
    ]
    # live validation messages too
    assert "Een naam is verplicht." in dialog.messagesLabel.text()


def test_claims_dock_in_dutch(dutch, qgis_iface, store):
    from bronnenstrategie.dialogs import ruimteclaims_dialog as dlg
    from bronnenstrategie.dialogs import ruimteclaims_dock as dock_module

    dlg.set_register_path(store.location())
    english = texts(dock_module.open_dock(FakePlugin(qgis_iface)))  # with the GIO buttons
    dutch()
    dock = dock_module.open_dock(FakePlugin(qgis_iface))
    assert untranslated(english, texts(dock)) == []
    assert dock.windowTitle() == "Ruimteclaims"
    assert dock.typeFilter.itemText(0) == "Alle typen"
    assert dock.statusFilter.itemText(dock.statusFilter.findData("vastgesteld")) == "Vastgesteld"
    assert dock.buttons["delete"].text() == "Verwijderen"
    assert dock.table.horizontalHeaderItem(1).text() == "Claimtype"
    dock.close()
    dock.deleteLater()


def test_map_tool_in_dutch(dutch, qgis_iface, qgis_canvas):
    from bronnenstrategie.dialogs import bodemenergie_maptool as mt

    stats = {
        "n_wells": 4,
        "n_systems": 3,
        "usage_fraction": 1 / 60,
        "n_conflicts": 1,
        "area_ha": 100.0,
        "depth_top": 18.0,
        "depth_bottom": 70.0,
    }

    def build():
        tool = mt.make_tool(qgis_canvas, None)
        found = texts(mt.OptionsDialog({}))
        found += texts(mt.SaveDialog(mt.describe(stats)))
        found += [
            ("status", tool.show()),
            ("describe", mt.describe(None)),
            ("figures", mt.describe(stats)),
            ("motivation", mt.claim_values(stats, "bronnen")["motivation"]),
        ]
        tool.close()
        return found

    english = build()
    dutch()
    got = build()
    assert untranslated(english, got) == []
    options = mt.OptionsDialog({})
    assert options.windowTitle() == "Interferentiegebied tekenen: opties"
    labels = [options.layout().itemAt(i, QFormLayout.LabelRole).widget().text() for i in range(3)]
    assert labels == ["Bronnenlaag", "Volume per bron per seizoen (m³)", "Systeem-id"]
    assert [options.save_to.itemText(i) for i in range(2)] == [
        "Het ruimteclaimregister (via 'Ruimteclaim vastleggen')",
        "Een vlakkenlaag",
    ]
    motivation = dict(got)["motivation"]
    assert motivation.startswith("Interferentiegebied getekend met het kaartgereedschap")
    assert "18 tot 70 m onder maaiveld" in motivation


def test_plugin_actions_in_dutch(dutch, qgis_iface):
    import bronnenstrategie

    plugin = bronnenstrategie.classFactory(qgis_iface)
    english = [text for _key, text, _icon, _cb in plugin.gui_actions()]
    dutch()
    got = {key: text for key, text, _icon, _cb in plugin.gui_actions()}
    assert [t for t, d in zip(english, got.values()) if t == d] == []
    assert got["bodemenergie_interference_tool"] == "Interferentiegebied tekenen"
    assert got["ruimteclaim_vastleggen"] == "Ruimteclaim vastleggen…"
