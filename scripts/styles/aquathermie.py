#!/usr/bin/env python3
"""Writes resources/styles/quaypotential_*.qml and wastewaterheat_*.qml with PyQGIS.

Run once after changes:
QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/styles/aquathermie.py"""

from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsProperty,
    QgsRendererRange,
    QgsSingleSymbolRenderer,
    QgsSymbolLayer,
    QgsVectorLayer,
)

OUT = Path(__file__).resolve().parents[2] / "resources" / "styles"

# delivered heat per segment (GJ/yr); blues: more heat, darker
SEG_CLASSES = (
    (0, 0.5, "0 GJ/yr (no water in reach)"),
    (0.5, 500, "< 500 GJ/yr"),
    (500, 1500, "500 - 1,500 GJ/yr"),
    (1500, 3000, "1,500 - 3,000 GJ/yr"),
    (3000, 6000, "3,000 - 6,000 GJ/yr"),
    (6000, 1e12, "> 6,000 GJ/yr"),
)
SEG_COLORS = ("#969696", "#fdd49e", "#fc8d59", "#d7301f", "#990000", "#4d0000")
# line width by rank: the top 10 thick, then thinner
RANK_WIDTH = 'CASE WHEN "rank" <= 10 THEN 1.6 WHEN "rank" <= 50 THEN 1.0 ELSE 0.6 END'

TEA_CLASSES = (
    (0, 50000, "< 50,000 GJ/yr"),
    (50000, 250000, "50,000 - 250,000 GJ/yr"),
    (250000, 1e12, "> 250,000 GJ/yr"),
)
TEA_COLORS = ("#fdae6b", "#e6550d", "#a63603")


def segments_style():
    layer = QgsVectorLayer(
        "LineString?crs=EPSG:28992&field=delivered_gj:double&field=rank:int", "s", "memory"
    )
    ranges = []
    for (lo, hi, label), color in zip(SEG_CLASSES, SEG_COLORS):
        sym = QgsLineSymbol.createSimple(
            {"line_color": color, "line_width": "0.8", "capstyle": "round"}
        )
        sym.symbolLayer(0).setDataDefinedProperty(
            QgsSymbolLayer.Property.PropertyStrokeWidth, QgsProperty.fromExpression(RANK_WIDTH)
        )
        ranges.append(QgsRendererRange(lo, hi, sym, label))
    layer.setRenderer(QgsGraduatedSymbolRenderer("delivered_gj", ranges))
    layer.saveNamedStyle(str(OUT / "quaypotential_segments.qml"))


def catchment_style():
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=seg_id:int", "c", "memory")
    sym = QgsFillSymbol.createSimple(
        {"color": "70,130,180,90", "outline_color": "255,255,255,200", "outline_width": "0.2"}
    )
    # a different hue per segment, translucent, so neighbouring catchments stand apart
    sym.symbolLayer(0).setDataDefinedProperty(
        QgsSymbolLayer.Property.PropertyFillColor,
        QgsProperty.fromExpression('color_hsva(("seg_id" * 137) % 360, 60, 85, 110)'),
    )
    layer.setRenderer(QgsSingleSymbolRenderer(sym))
    layer.saveNamedStyle(str(OUT / "quaypotential_catchment.qml"))


def tea_styles():
    points = QgsVectorLayer("Point?crs=EPSG:28992&field=delivered_gj:double", "p", "memory")
    ranges = []
    for (lo, hi, label), color, size in zip(TEA_CLASSES, TEA_COLORS, (3.0, 5.0, 8.0)):
        sym = QgsMarkerSymbol.createSimple(
            {"name": "circle", "color": color, "outline_color": "#402000", "size": str(size)}
        )
        ranges.append(QgsRendererRange(lo, hi, sym, label))
    points.setRenderer(QgsGraduatedSymbolRenderer("delivered_gj", ranges))
    points.saveNamedStyle(str(OUT / "wastewaterheat_points.qml"))

    supply = QgsVectorLayer("Polygon?crs=EPSG:28992", "a", "memory")
    sym = QgsFillSymbol.createSimple(
        {
            "color": "230,85,13,40",
            "outline_color": "#e6550d",
            "outline_width": "0.5",
            "outline_style": "dash",
        }
    )
    supply.setRenderer(QgsSingleSymbolRenderer(sym))
    supply.saveNamedStyle(str(OUT / "wastewaterheat_supply.qml"))


def main():
    app = QgsApplication([], False)
    app.initQgis()
    segments_style()
    catchment_style()
    tea_styles()
    app.exitQgis()


if __name__ == "__main__":
    main()
