#!/usr/bin/env python3
"""Writes resources/styles/wossiting_*.qml with PyQGIS (run once after changes).

wossiting_raster.qml: pseudocolour ramp over the score 0..1 (nodata transparent, cells
scoring 0 transparent too); wossiting_sites.qml: outlined polygons labelled with their rank;
wossiting_patches.qml: dashed outlines of the patches.
"""

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (
    QgsApplication,
    QgsColorRampShader,
    QgsFillSymbol,
    QgsPalLayerSettings,
    QgsRasterLayer,
    QgsRasterShader,
    QgsRasterTransparency,
    QgsSingleBandPseudoColorRenderer,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont

OUT = Path(__file__).resolve().parents[2] / "resources" / "styles"
#: score -> colour (YlGn-like): low pale, high dark green
RAMP = (
    (0.0, "#ffffe5", "0"),
    (0.2, "#f7fcb9", "0.2"),
    (0.4, "#addd8e", "0.4"),
    (0.6, "#41ab5d", "0.6"),
    (0.8, "#006837", "0.8"),
    (1.0, "#004529", "1"),
)


def _tiny_raster():
    from osgeo import gdal, osr

    path = os.path.join(tempfile.mkdtemp(), "r.tif")
    ds = gdal.GetDriverByName("GTiff").Create(path, 2, 2, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((0, 10, 0, 20, 0, -10))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).SetNoDataValue(-9999)
    ds.GetRasterBand(1).WriteArray(__import__("numpy").array([[0, 0.5], [1, -9999]], "f4"))
    ds = None
    return path


def raster_style():
    layer = QgsRasterLayer(_tiny_raster(), "r")
    fcn = QgsColorRampShader(0.0, 1.0)
    fcn.setColorRampType(QgsColorRampShader.Type.Interpolated)
    fcn.setColorRampItemList(
        [QgsColorRampShader.ColorRampItem(v, QColor(c), label) for v, c, label in RAMP]
    )
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(fcn)
    renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader)
    renderer.setClassificationMin(0.0)
    renderer.setClassificationMax(1.0)
    transparency = QgsRasterTransparency()
    pixel = QgsRasterTransparency.TransparentSingleValuePixel()
    pixel.min, pixel.max, pixel.percentTransparent = 0.0, 0.0, 100.0
    transparency.setTransparentSingleValuePixelList([pixel])
    renderer.setRasterTransparency(transparency)
    renderer.setOpacity(0.8)
    layer.setRenderer(renderer)
    layer.saveNamedStyle(str(OUT / "wossiting_raster.qml"))


def sites_style():
    layer = QgsVectorLayer(
        "MultiPolygon?crs=EPSG:28992&field=rank:integer&field=score:double", "s", "memory"
    )
    sym = QgsFillSymbol.createSimple(
        {"color": "255,0,255,60", "outline_color": "#a0008c", "outline_width": "0.8"}
    )
    layer.setRenderer(QgsSingleSymbolRenderer(sym))
    settings = QgsPalLayerSettings()
    settings.fieldName = "rank"
    settings.placement = QgsPalLayerSettings.Placement.OverPoint
    fmt = QgsTextFormat()
    font = QFont()
    font.setBold(True)
    fmt.setFont(font)
    fmt.setSize(14)
    fmt.setColor(QColor("#6a0060"))
    buf = QgsTextBufferSettings()
    buf.setEnabled(True)
    buf.setSize(1.2)
    buf.setColor(QColor("white"))
    fmt.setBuffer(buf)
    settings.setFormat(fmt)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    layer.saveNamedStyle(str(OUT / "wossiting_sites.qml"))


def patches_style():
    """The near-equal-score patch around each site: a dashed outline, no fill."""
    layer = QgsVectorLayer(
        "MultiPolygon?crs=EPSG:28992&field=rank:integer&field=score:double", "p", "memory"
    )
    sym = QgsFillSymbol.createSimple(
        {
            "color": "255,0,255,20",
            "outline_color": "#a0008c",
            "outline_width": "0.4",
            "outline_style": "dash",
        }
    )
    layer.setRenderer(QgsSingleSymbolRenderer(sym))
    layer.saveNamedStyle(str(OUT / "wossiting_patches.qml"))


def main():
    app = QgsApplication([], False)
    app.initQgis()
    raster_style()
    sites_style()
    patches_style()
    app.exitQgis()


if __name__ == "__main__":
    main()
