#!/usr/bin/env python3
"""Try bronnenstrategie:quaypotential by hand on real BGT data and render a PNG.

Needs a folder of real public BGT data (not part of the repository), given as the first
argument or in the environment variable BRONNENSTRATEGIE_REALDATA:
- denhaag_centrum_bgt/waterdeel_current_rd.geojson: BGT waterdeel polygons of central Den
  Haag (from Geonovum/test-ogc-json-fg, testdata/bgt; no quay walls are published: the
  outline of the dissolved water is used as quay line);
- delft_bgt/bgt_scheiding.sqlite, bgt_waterdeel.sqlite, bgt_pand.sqlite: BGT scheiding
  polygons of inner Delft with bgt_type 'kademuur' (real quay walls), water and buildings
  (from tudelft3d/3dfier, example_data/bgt).
Writes docs/img/quaypotential_realdata.png and prints the totals.

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/realdata_aquathermie.py [realdata]
"""

import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def load_plugin():
    plugins = Path(tempfile.mkdtemp(prefix="bronnenstrategie-plugins-"))
    (plugins / "bronnenstrategie").symlink_to(REPO, target_is_directory=True)
    sys.path.insert(0, str(plugins))
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    import bronnenstrategie

    plugin = bronnenstrategie.classFactory(None)
    plugin.initProcessing()
    return app, plugin


def run(alg, params):
    from qgis import processing
    from qgis.core import QgsProcessingFeedback

    t0 = time.time()
    res = processing.run(alg, params, feedback=QgsProcessingFeedback())
    res["seconds"] = time.time() - t0
    return res


def render(layers, extent, width=700, height=700):
    from qgis.core import QgsMapRendererParallelJob, QgsMapSettings
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(layers[0].crs())
    settings.setOutputSize(QSize(width, height))
    settings.setBackgroundColor(QColor("white"))
    ext = extent
    ext.scale(1.05)
    settings.setExtent(ext)
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage()


def main(argv):
    folder = argv[1] if len(argv) > 1 else os.environ.get("BRONNENSTRATEGIE_REALDATA")
    if not folder:
        raise SystemExit(
            "usage: realdata_aquathermie.py <folder of real BGT data> "
            "(or set BRONNENSTRATEGIE_REALDATA)"
        )
    realdata = Path(folder)
    app, plugin = load_plugin()
    from qgis.core import QgsVectorLayer
    from qgis.PyQt.QtCore import QRect, Qt
    from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter

    styles = REPO / "resources" / "styles"
    panels = []

    # --- Den Haag: water outline as quay line -------------------------------------------
    water = QgsVectorLayer(
        str(realdata / "denhaag_centrum_bgt" / "waterdeel_current_rd.geojson"), "water", "ogr"
    )
    dissolved = run("native:dissolve", {"INPUT": water, "OUTPUT": "memory:"})["OUTPUT"]
    outline = run("native:polygonstolines", {"INPUT": dissolved, "OUTPUT": "memory:"})["OUTPUT"]
    res = run(
        "bronnenstrategie:quaypotential",
        {"QUAYS": outline, "WATER": water, "OUTPUT": "memory:", "OUTPUT_CATCHMENT": "memory:"},
    )
    print(
        "Den Haag centre: {n} segments, water {w:,.0f} m2, assigned {a:,.0f} m2, source "
        "{s:,.0f} GJ/yr, delivered {d:,.0f} GJ/yr, {h:,.0f} homes, {t:.1f} s".format(
            n=res["N_SEGMENTS"],
            w=sum(f.geometry().area() for f in water.getFeatures()),
            a=sum(f["water_area_m2"] for f in res["OUTPUT"].getFeatures()),
            s=res["TOTAL_SOURCE_GJ"],
            d=res["TOTAL_DELIVERED_GJ"],
            h=res["TOTAL_HOMES"],
            t=res["seconds"],
        )
    )
    segs, cats = res["OUTPUT"], res["OUTPUT_CATCHMENT"]
    segs.loadNamedStyle(str(styles / "quaypotential_segments.qml"))
    cats.loadNamedStyle(str(styles / "quaypotential_catchment.qml"))
    water.loadNamedStyle(str(styles / "quaypotential_catchment.qml"))
    from qgis.core import QgsFillSymbol, QgsSingleSymbolRenderer

    water.setRenderer(
        QgsSingleSymbolRenderer(
            QgsFillSymbol.createSimple({"color": "225,235,245,255", "outline_style": "no"})
        )
    )
    panels.append(
        (
            "Den Haag centre (BGT waterdeel, outline as quay): {:,.0f} GJ/yr delivered".format(
                res["TOTAL_DELIVERED_GJ"]
            ),
            render([segs, cats, water], segs.extent()),
        )
    )
    from qgis.core import QgsRectangle

    panels.append(
        (
            "Den Haag, zoom on the Hofvijver: catchment of each segment",
            render([segs, cats, water], QgsRectangle(80950, 454900, 81750, 455550)),
        )
    )

    # --- Delft: real kademuur polygons -------------------------------------------------
    sch = str(realdata / "delft_bgt" / "bgt_scheiding.sqlite")
    quays = QgsVectorLayer(sch, "scheiding", "ogr")
    quays.setSubsetString("bgt_type = 'kademuur'")
    dwater = QgsVectorLayer(str(realdata / "delft_bgt" / "bgt_waterdeel.sqlite"), "water", "ogr")
    pand = QgsVectorLayer(str(realdata / "delft_bgt" / "bgt_pand.sqlite"), "pand", "ogr")
    res = run(
        "bronnenstrategie:quaypotential",
        {
            "QUAYS": quays,
            "WATER": dwater,
            "SEGMENT_LENGTH": 50,
            "OUTPUT": "memory:",
            "OUTPUT_CATCHMENT": "memory:",
        },
    )
    print(
        "Delft: {q} kademuur polygons -> {n} segments, source {s:,.0f} GJ/yr, delivered "
        "{d:,.0f} GJ/yr, {h:,.0f} homes, {t:.1f} s".format(
            q=quays.featureCount(),
            n=res["N_SEGMENTS"],
            s=res["TOTAL_SOURCE_GJ"],
            d=res["TOTAL_DELIVERED_GJ"],
            h=res["TOTAL_HOMES"],
            t=res["seconds"],
        )
    )
    dsegs, dcats = res["OUTPUT"], res["OUTPUT_CATCHMENT"]
    dsegs.loadNamedStyle(str(styles / "quaypotential_segments.qml"))
    dcats.loadNamedStyle(str(styles / "quaypotential_catchment.qml"))
    dwater.setRenderer(
        QgsSingleSymbolRenderer(
            QgsFillSymbol.createSimple({"color": "225,235,245,255", "outline_style": "no"})
        )
    )
    quays.setRenderer(
        QgsSingleSymbolRenderer(
            QgsFillSymbol.createSimple({"color": "120,120,120,255", "outline_style": "no"})
        )
    )
    pand.setRenderer(
        QgsSingleSymbolRenderer(
            QgsFillSymbol.createSimple(
                {
                    "color": "235,225,215,255",
                    "outline_color": "200,190,180,255",
                    "outline_width": "0.1",
                }
            )
        )
    )
    ext = dwater.extent()
    ext.combineExtentWith(quays.extent())
    panels.append(
        (
            "Delft (13 BGT kademuur polygons, segments of 50 m): {:,.0f} GJ/yr delivered".format(
                res["TOTAL_DELIVERED_GJ"]
            ),
            render([dsegs, quays, dcats, dwater, pand], ext),
        )
    )

    # --- compose ---------------------------------------------------------------------
    w, h, head = 700, 700, 40
    image = QImage(w * len(panels), h + head, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(QFont("DejaVu Sans", 10))
    for i, (title, img) in enumerate(panels):
        painter.drawImage(i * w, head, img)
        painter.drawText(
            QRect(i * w + 10, 0, w - 20, head),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            title,
        )
    painter.setPen(QColor("#999999"))
    for i in range(1, len(panels)):
        painter.drawLine(i * w, head, i * w, h + head)
    painter.end()
    out = REPO / "docs" / "img" / "quaypotential_realdata.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(out))
    print("written:", out)
    plugin.unload()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
