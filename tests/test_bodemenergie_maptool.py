"""The "Draw interference area" map tool: figures while drawing and saving, without clicks.

Wells: 4 wells of 50,000 m3 (systems A: warm + koud 50 m apart, B: warm, C: koud far
apart) inside the square [80000, 81000] x [455000, 456000] (1 km2) and one outside.
    aquifer use = 4 x 50,000 / (1,000,000 x 0.30 x 40) = 200,000 / 12,000,000 = 0.016667
    conflicts: A-W / A-K 50 m apart < 3 x 24.372 = 73.1 m -> 1 (B and C are 500 m away)
"""

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsPointXY

FIELDS = [("system", "string"), ("temp", "string"), ("vol", "double")]


def _wells(memory_layer):
    return memory_layer(
        "Point",
        "EPSG:28992",
        FIELDS,
        [
            ("POINT (80200 455500)", {"system": "A", "temp": "warm", "vol": 50000.0}),
            ("POINT (80250 455500)", {"system": "A", "temp": "koud", "vol": 50000.0}),
            ("POINT (80750 455500)", {"system": "B", "temp": "warm", "vol": 50000.0}),
            ("POINT (80500 455100)", {"system": "C", "temp": "koud", "vol": 50000.0}),
            ("POINT (82000 455500)", {"system": "D", "temp": "warm", "vol": 50000.0}),
            ("POINT (80300 455300)", {"system": "E", "temp": "warm"}),  # no volume: left out
        ],
    )


def test_statistics_and_save(qgis_app, qgis_canvas, memory_layer):
    from bronnenstrategie.dialogs import bodemenergie_maptool as mt

    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
    target = memory_layer(
        "Polygon", "EPSG:28992", [("name", "string"), ("usage_fraction", "double")], []
    )
    tool = mt.make_tool(
        qgis_canvas,
        None,
        {
            "wells": _wells(memory_layer),
            "volume": "vol",
            "system": "system",
            "temperature": "temp",
            "target": target,
        },
    )
    assert tool.stats.skipped == 1
    tool.add_point(QgsPointXY(80000, 455000))
    tool.add_point(QgsPointXY(81000, 455000))
    assert tool.last_text == mt.describe(None)  # two points: no polygon yet
    tool.add_point(QgsPointXY(81000, 456000))
    text = tool.add_point(QgsPointXY(80000, 456000))
    stats = tool.figures()
    assert stats["n_wells"] == 4 and stats["n_systems"] == 3
    assert stats["usage_fraction"] == pytest.approx(0.016667, abs=1e-6)
    assert stats["n_conflicts"] == 1
    assert stats["area_ha"] == pytest.approx(100.0)
    assert "4" in text and "1.7%" in text
    layer = tool.finish(name="Test area", ask=False)
    assert layer is target
    saved = next(target.getFeatures())
    assert saved["name"] == "Test area"
    assert saved["usage_fraction"] == pytest.approx(0.016667, abs=1e-5)
    assert saved.geometry().area() == pytest.approx(1.0e6)
    assert tool.points == []


def test_write_area_transforms(qgis_app, memory_layer):
    from qgis.core import QgsGeometry

    from bronnenstrategie.dialogs import bodemenergie_maptool as mt

    target = memory_layer("Polygon", "EPSG:4326", [("name", "string")], [])
    g = QgsGeometry.fromWkt("POLYGON ((80000 455000, 80100 455000, 80100 455100, " "80000 455000))")
    assert mt.write_area(
        target, g, QgsCoordinateReferenceSystem("EPSG:28992"), {"name": "t", "unknown_field": 1}
    )
    f = next(target.getFeatures())
    assert f["name"] == "t"
    assert f.geometry().boundingBox().xMinimum() == pytest.approx(4.28, abs=0.05)


def test_statistics_per_aquifer(qgis_app, memory_layer):
    # Aquifers A 20-40 m (H 20) and B 60-120 m (H 60), porosity 0.30, square 1 km2:
    # a warm well of system A at 25-35 m and a koud well of system B 20 m away at 70-110 m:
    # no conflict (different aquifers); a koud well of system C 30 m from the first at
    # 30-80 m (1/3 in A, 2/3 in B) conflicts with both: it shares A with the first
    # (opposite temperature: 3 x R_th(50,000, 10 m) = 3 x 48.74 = 146 m > 30 m) and B with
    # the second (both koud: R_th(60,000, 50 m) + R_th(50,000, 40 m) = 23.88 + 24.37 =
    # 48.25 m > 36.06 m). The conflict with the first counts in A, the other in B.
    #   A: 50,000 + 60,000 / 3 = 70,000 -> 70,000 / (1e6 x 0.3 x 20) = 0.011667
    #   B: 50,000 + 40,000 = 90,000 -> 90,000 / (1e6 x 0.3 x 60) = 0.005
    from qgis.core import QgsGeometry

    from bronnenstrategie.dialogs import bodemenergie_maptool as mt

    fields = FIELDS + [("top", "double"), ("bottom", "double")]
    wells = memory_layer(
        "Point",
        "EPSG:28992",
        fields,
        [
            (
                "POINT (80500 455500)",
                {"system": "A", "temp": "warm", "vol": 50000.0, "top": 25.0, "bottom": 35.0},
            ),
            (
                "POINT (80520 455500)",
                {"system": "B", "temp": "koud", "vol": 50000.0, "top": 70.0, "bottom": 110.0},
            ),
            (
                "POINT (80500 455530)",
                {"system": "C", "temp": "koud", "vol": 60000.0, "top": 30.0, "bottom": 80.0},
            ),
        ],
    )
    stats = mt.AreaStatistics(
        wells,
        "vol",
        "system",
        "temp",
        top_field="top",
        bottom_field="bottom",
        aquifers=[("A", 20.0, 40.0), ("B", 60.0, 120.0)],
    )
    square = QgsGeometry.fromWkt(
        "POLYGON ((80000 455000, 81000 455000, 81000 456000, " "80000 456000, 80000 455000))"
    )
    got = stats.for_geometry(square, QgsCoordinateReferenceSystem("EPSG:28992"))
    assert got["usage_aq"].tolist() == pytest.approx([0.011667, 0.005], abs=1e-6)
    assert got["usage_fraction"] == pytest.approx(0.011667, abs=1e-6)
    assert got["wells_aq"].tolist() == [2, 2]
    assert got["n_conflicts"] == 2 and got["conflicts_aq"].tolist() == [1, 1]
    text = mt.describe(got)
    assert "A: use 1.2%, 2 wells, 1 conflicts" in text
    assert "B: use 0.5%, 2 wells, 1 conflicts" in text
    # the panel lists the aquifers and the conflicts by kind: A-C warm/koud of other
    # systems (opposite temperature), B-C both koud (same temperature)
    from bronnenstrategie.dialogs import bodemenergie_figures_panel as fp

    assert got["conflicts_by_kind"] == {"opposite_temperature": 1, "same_temperature": 1}
    assert fp.aquifer_rows(got) == [("A", "2", "1.2 %", "1"), ("B", "2", "0.5 %", "1")]


def test_figures_panel_follows_the_drawing(qgis_app, qgis_canvas, memory_layer):
    """The panel shows every figure of the polygon and the conflicts by kind; the status
    bar line stays short. Same wells as above: 4 inside, 3 systems, use 1.7 %, 1 conflict
    (system A's warm and cold well 50 m apart < 73.1 m: kind 'same system')."""
    from bronnenstrategie.dialogs import bodemenergie_figures_panel as fp
    from bronnenstrategie.dialogs import bodemenergie_maptool as mt

    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
    tool = mt.make_tool(
        qgis_canvas,
        None,
        {"wells": _wells(memory_layer), "volume": "vol", "system": "system", "temperature": "temp"},
    )
    tool.panel = fp.FiguresPanel()
    for x, y in ((80000, 455000), (81000, 455000), (81000, 456000)):
        tool.add_point(QgsPointXY(x, y))
    # moving the cursor: the figures of the polygon with the cursor as last vertex
    tool.show(QgsPointXY(80000, 456000))
    assert tool.panel.figures["conflicts_by_kind"] == {"same_system": 1}
    rows = dict(fp.figure_rows(tool.panel.figures))
    assert rows["Wells"] == "4" and rows["Systems"] == "3" and rows["Conflicts"] == "1"
    assert rows["Aquifer use"] == "1.7 %"  # 200,000 / 12,000,000 = 1.67 %
    assert rows["Area (ha)"] == "100.0"
    assert "Same system, warm and cold well too close: 1" in tool.panel.text()
    short = fp.short_line(tool.panel.figures)
    assert short == "4 wells, use 1.7 %, 1 conflicts (see the panel)"
    assert len(short) < len(mt.describe(tool.panel.figures)) + 10
    # a triangle without the wells of system A: no conflicts listed
    tool.reset()
    for x, y in ((80600, 455400), (81000, 455400), (80800, 455700)):
        tool.add_point(QgsPointXY(x, y))
    assert tool.panel.figures["n_wells"] == 1
    assert tool.panel.figures["conflicts_by_kind"] == {}
    assert "too close" not in tool.panel.text()
    tool.close()
    assert tool.panel is None


def test_figures_panel_aquifer_rows(qgis_app):
    """Per-aquifer rows handed by the map tool are listed (list or dict form)."""
    from bronnenstrategie.dialogs import bodemenergie_figures_panel as fp

    panel = fp.FiguresPanel()
    panel.set_figures(
        {
            "n_wells": 5,
            "usage_fraction": 0.25,
            "n_conflicts": 2,
            "conflicts_by_kind": {"opposite_temperature": 1, "same_temperature": 1},
            "aquifers": {
                "1st aquifer": {"n_wells": 3, "usage_fraction": 0.1},
                "2nd aquifer": {"n_wells": 2, "usage_fraction": 0.4, "n_conflicts": 2},
            },
        }
    )
    text = panel.text()
    assert "1st aquifer | 3 | 10.0 % | -" in text
    assert "2nd aquifer | 2 | 40.0 % | 2" in text
    assert "Other system, warm and cold well too close: 1" in text
    assert "Aquifer use (busiest aquifer): 25.0 %" in text
    panel.set_figures(None)
    assert "three points" in panel.text()
