"""The dock's "Check conflicts" and "Export GIO…" buttons (pytest-qgis iface)."""

import pytest
from shapely.geometry import box

from bronnenstrategie import register as reg
from bronnenstrategie.register import qgis_layer


@pytest.fixture
def dock(plugin, qgis_iface, tmp_path):
    from bronnenstrategie.dialogs import ruimteclaims_dock, ruimteclaims_gio_actions

    store = reg.GeoPackageClaimStore(
        str(tmp_path / "ruimteclaims.gpkg"), timeout=0.2, user="planner"
    )
    store.create()
    ids = store.add(
        [
            # 80000-80100 x 454000-454100 and 80050-80150 x 454000-454100: overlap 50 m * 100 m
            (
                {
                    qgis_layer.F_NAME: "Geo",
                    qgis_layer.F_CLAIM_TYPE: "geothermie_locatie",
                    qgis_layer.F_LEVEL: "beide",
                    qgis_layer.F_DEPTH_TOP: 0.0,
                    qgis_layer.F_DEPTH_BOTTOM: 2500.0,
                },
                box(80000, 454000, 80100, 454100),
            ),
            (
                {
                    qgis_layer.F_NAME: "WOS",
                    qgis_layer.F_CLAIM_TYPE: "restwarmte_wos",
                    qgis_layer.F_LEVEL: "bovengronds",
                },
                box(80050, 454000, 80150, 454100),
            ),
            (
                {
                    qgis_layer.F_NAME: "Oud",
                    qgis_layer.F_CLAIM_TYPE: "restwarmte_wos",
                    qgis_layer.F_LEVEL: "bovengronds",
                    qgis_layer.F_STATUS: "ingetrokken",
                },
                box(80000, 454000, 80100, 454100),
            ),
        ]
    )
    d = ruimteclaims_dock.RuimteclaimsDock(qgis_iface, store=store)
    ruimteclaims_gio_actions.install(d)
    ruimteclaims_gio_actions.install(d)  # idempotent
    d.ids = ids
    return d


def test_buttons_installed(dock):
    assert "claimconflicts" in dock.buttons and "exportgio" in dock.buttons
    assert dock.buttons["claimconflicts"].isEnabled()  # needs no selection
    texts = [dock.buttonBar.itemAt(i).widget().objectName() for i in range(dock.buttonBar.count())
             if dock.buttonBar.itemAt(i).widget() is not None]  # fmt: skip
    assert texts.count("ruimteclaims_claimconflicts") == 1


def test_export_filter(dock):
    from bronnenstrategie.dialogs import ruimteclaims_gio_actions as gio_actions

    assert gio_actions.export_filter(dock) == ""  # nothing selected, nothing filtered: all claims
    dock.select_claims([dock.ids[1]])
    assert gio_actions.export_filter(dock) == f"\"claim_id\" IN ('{dock.ids[1]}')"
    dock.table.clearSelection()
    dock.statusFilter.setCurrentIndex(dock.statusFilter.findData("ingetrokken"))
    assert gio_actions.export_filter(dock) == f"\"claim_id\" IN ('{dock.ids[2]}')"
    assert gio_actions.claims_filter(["x'y"]) == "\"claim_id\" IN ('x''y')"


def test_check_conflicts_runs_the_algorithm(dock, monkeypatch):
    from qgis import processing

    from bronnenstrategie.dialogs import ruimteclaims_gio_actions as gio_actions

    calls = []

    def fake_run_and_load(alg, params):
        calls.append((alg, params))
        return processing.run(alg, dict(params, OUTPUT="memory:"))

    monkeypatch.setattr(processing, "runAndLoadResults", fake_run_and_load)
    results = gio_actions.check_conflicts(dock)
    assert calls[0][0] == "bronnenstrategie:claimconflicts"
    # the withdrawn claim is filtered out: one conflict Geo (0-2500) x WOS (surface),
    # overlap 50 m * 100 m = 5000 m2 at the surface
    assert results["N_CONFLICTS"] == 1
    f = next(results["OUTPUT"].getFeatures())
    assert f["overlap_m2"] == pytest.approx(5000.0)
    assert f["depth_overlap"] == "0-0 m (maaiveld)"


def test_export_opens_prefilled_dialog(dock, monkeypatch):
    from qgis import processing

    from bronnenstrategie.dialogs import ruimteclaims_gio_actions as gio_actions

    seen = {}
    monkeypatch.setattr(
        processing, "execAlgorithmDialog", lambda alg, params: seen.update(alg=alg, params=params)
    )
    dock.select_claims([dock.ids[0]])
    gio_actions.export_gio(dock)
    assert seen["alg"] == "bronnenstrategie:exportgio"
    assert seen["params"]["FILTER"] == f"\"claim_id\" IN ('{dock.ids[0]}')"
    assert seen["params"]["INPUT"].isValid()
