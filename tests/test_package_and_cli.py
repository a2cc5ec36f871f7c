"""End to end: qgis_process on the sample data, and the plugin zip."""

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_qgis_process_thermalradius_on_sample(qgis_process, sample_gpkg, tmp_path):
    out = tmp_path / "radius.gpkg"
    result = qgis_process(
        "bronnenstrategie:thermalradius",
        {
            "INPUT": f"{sample_gpkg}|layername=wko_wells",
            "VOLUME_FIELD": "volume_m3",
            "SCREEN_TOP_FIELD": "screen_top",
            "SCREEN_BOTTOM_FIELD": "screen_bottom",
            "OUTPUT": out,
        },
    )
    results = result["results"]
    assert results["N_SKIPPED"] == 3
    assert results["N_WELLS"] >= 150
    # the sample's volumes are 20,000-150,000 m3 with screens of 28-42 m (first aquifer) and
    # 35-60 m (second): R_th = sqrt(4.18 V / (2.8 pi H)) lies between
    # sqrt(4.18*20000/(2.8*pi*60)) = 12.6 m and sqrt(4.18*150000/(2.8*pi*28)) = 50.4 m
    assert 12.5 < results["MIN_R_TH"] < results["MAX_R_TH"] < 50.5
    assert out.exists()


@pytest.mark.slow
def test_qgis_process_check_value_from_a_file(qgis_process, tmp_path):
    # V = 50,000 m3, H = 40 m -> R_th = 24.37 m, R_hyd = 36.42 m (docs/method.md)
    uri = tmp_path / "wells.geojson"
    uri.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}},
                "features": [
                    {
                        "type": "Feature",
                        "properties": {"id": 1, "vol": 50000.0},
                        "geometry": {"type": "Point", "coordinates": [81000.0, 455000.0]},
                    }
                ],
            }
        )
    )
    out = tmp_path / "out.gpkg"
    result = qgis_process(
        "bronnenstrategie:thermalradius", {"INPUT": uri, "VOLUME_FIELD": "vol", "OUTPUT": out}
    )
    assert result["results"]["MIN_R_TH"] == pytest.approx(24.37, abs=0.01)
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(out), "out", "ogr")
    feature = next(layer.getFeatures())
    assert feature["r_hyd"] == pytest.approx(36.42, abs=0.01)


def test_qgis_process_lists_the_algorithms(qgis_process):
    import qgisproc

    listing = qgisproc.run(["list"]).stdout
    assert "bronnenstrategie:thermalradius" in listing


@pytest.mark.slow
def test_package_zip_layout_and_install(tmp_path):
    subprocess.run(
        [sys.executable, str(REPO / "scripts" / "package.py"), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    zips = list(tmp_path.glob("bronnenstrategie-*.zip"))
    assert len(zips) == 1
    version = [
        line.split("=", 1)[1].strip()
        for line in (REPO / "metadata.txt").read_text().splitlines()
        if line.startswith("version=")
    ][0]
    assert zips[0].name == f"bronnenstrategie-{version}.zip"
    with zipfile.ZipFile(zips[0]) as zf:
        names = zf.namelist()
        zf.extractall(tmp_path / "plugins")
    assert all(n.startswith("bronnenstrategie/") for n in names)
    for required in (
        "metadata.txt",
        "__init__.py",
        "plugin.py",
        "processing/provider.py",
        "i18n/bronnenstrategie_nl.qm",
        "resources/sample/denhaag_sample.gpkg",
        "resources/icons/bronnenstrategie.svg",
    ):
        assert "bronnenstrategie/" + required in names, required
    for forbidden in ("tests/", "scripts/", ".ci/", "Makefile", ".gitattributes", ".venv/"):
        assert not any(n.startswith("bronnenstrategie/" + forbidden) for n in names), forbidden
    # the unpacked zip is a working plugin: qgis_process lists its algorithms
    import qgisproc

    env = qgisproc.plugin_env(tmp_path / "plugins")
    listing = subprocess.run(
        [qgisproc.qgis_process_binary(), "list"], env=env, capture_output=True, text=True
    ).stdout
    assert "bronnenstrategie:thermalradius" in listing


@pytest.mark.slow
def test_qgis_process_speaks_dutch_under_a_dutch_locale():
    import qgisproc

    env = qgisproc.plugin_env()
    env.update(LANG="nl_NL.UTF-8", LC_ALL="nl_NL.UTF-8", LANGUAGE="nl")
    proc = subprocess.run(
        [qgisproc.qgis_process_binary(), "help", "bronnenstrategie:thermalradius"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert "Thermische straal van bodemenergiebronnen" in proc.stdout
    assert "Bodemenergie" in proc.stdout or "bodemenergie" in proc.stdout
