#!/usr/bin/env python3
"""Writes resources/styles/thermalradius_*.qml with PyQGIS (run once after changes)."""

from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsClassificationEqualInterval,
    QgsFillSymbol,
    QgsGradientColorRamp,
    QgsGraduatedSymbolRenderer,
    QgsMarkerSymbol,
    QgsRendererRange,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

OUT = Path(__file__).resolve().parents[2] / "resources" / "styles"
CLASSES = (
    (0, 15, "< 15 m"),
    (15, 25, "15 - 25 m"),
    (25, 35, "25 - 35 m"),
    (35, 50, "35 - 50 m"),
    (50, 1e6, "> 50 m"),
)
COLORS = ("#fee5d9", "#fcae91", "#fb6a4a", "#de2d26", "#a50f15")


def main():
    app = QgsApplication([], False)
    app.initQgis()
    points = QgsVectorLayer("Point?crs=EPSG:28992&field=r_th:double", "p", "memory")
    ranges = []
    for (lo, hi, label), color, size in zip(CLASSES, COLORS, (2.0, 2.8, 3.6, 4.6, 5.8)):
        sym = QgsMarkerSymbol.createSimple(
            {"name": "circle", "color": color, "outline_color": "#404040", "size": str(size)}
        )
        ranges.append(QgsRendererRange(lo, hi, sym, "R_th " + label))
    renderer = QgsGraduatedSymbolRenderer("r_th", ranges)
    renderer.setClassificationMethod(QgsClassificationEqualInterval())
    points.setRenderer(renderer)
    points.saveNamedStyle(str(OUT / "thermalradius_output.qml"))

    areas = QgsVectorLayer("Polygon?crs=EPSG:28992&field=r_th:double", "a", "memory")
    ranges = []
    for (lo, hi, label), color in zip(CLASSES, COLORS):
        c = QColor(color)
        sym = QgsFillSymbol.createSimple(
            {
                "color": f"{c.red()},{c.green()},{c.blue()},110",
                "outline_color": color,
                "outline_width": "0.4",
            }
        )
        ranges.append(QgsRendererRange(lo, hi, sym, "R_th " + label))
    renderer = QgsGraduatedSymbolRenderer("r_th", ranges)
    renderer.setSourceColorRamp(QgsGradientColorRamp(QColor(COLORS[0]), QColor(COLORS[-1])))
    areas.setRenderer(renderer)
    areas.setOpacity(0.85)
    areas.saveNamedStyle(str(OUT / "thermalradius_areas.qml"))
    app.exitQgis()


if __name__ == "__main__":
    main()
