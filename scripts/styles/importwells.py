#!/usr/bin/env python3
"""Writes resources/styles/importwells_output.qml and importwells_closed.qml with PyQGIS.

Run once after changes:
QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/styles/importwells.py"""

from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsMarkerSymbol,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)

OUT = Path(__file__).resolve().parents[2] / "resources" / "styles"
# warm red, cold blue, unknown grey (as the warm/cold zones)
CATEGORIES = (
    ("warm", "#d7301f", "warm"),
    ("koud", "#2171b5", "koud"),
    ("", "#969696", "temperature unknown"),
)


def wells_style():
    layer = QgsVectorLayer("Point?crs=EPSG:28992&field=temperature:string", "w", "memory")
    cats = []
    for value, color, label in CATEGORIES:
        sym = QgsMarkerSymbol.createSimple(
            {
                "name": "circle",
                "color": color,
                "size": "2.4",
                "outline_color": "#ffffff",
                "outline_width": "0.3",
            }
        )
        cats.append(QgsRendererCategory(value, sym, label))
    layer.setRenderer(QgsCategorizedSymbolRenderer("temperature", cats))
    layer.saveNamedStyle(str(OUT / "importwells_output.qml"))


def closed_style():
    layer = QgsVectorLayer("Point?crs=EPSG:28992", "c", "memory")
    sym = QgsMarkerSymbol.createSimple(
        {
            "name": "square",
            "color": "#6a51a3",
            "size": "2.0",
            "outline_color": "#ffffff",
            "outline_width": "0.3",
        }
    )
    layer.setRenderer(QgsSingleSymbolRenderer(sym))
    layer.saveNamedStyle(str(OUT / "importwells_closed.qml"))


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    wells_style()
    closed_style()
    app.exitQgis()
