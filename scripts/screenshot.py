#!/usr/bin/env python3
"""Take the README screenshots from real QGIS desktop under Xvfb.

    xvfb-run -a -s "-screen 0 1600x1000x24" /usr/bin/python3 scripts/screenshot.py [SHOT ...]

SHOT (default: toolbox):

- ``toolbox``: starts QGIS (`qgis --code`) in a temporary profile with the plugin enabled,
  loads the sample wells, runs thermalradius (styled output), opens the Processing toolbox
  filtered on the provider and the algorithm dialog: docs/img/qgis_screenshot.png;
- ``panel``: the map tool "Draw interference area" on the sample wells, a polygon being
  drawn and the panel with its live figures next to the canvas: docs/img/drawing_panel.png;
- ``report``: runs runstrategy on the sample data (qgis_process, headless) and turns two
  pages of its rapport.pdf into PNG with pdftoppm: docs/img/report_map.png and
  docs/img/report_tables.png;
- ``all``: all of them.

QGIS runs in Dutch unless BS_LOCALE says otherwise (e.g. BS_LOCALE=en).
"""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
IMG = REPO / "docs" / "img"
OUT = IMG / "qgis_screenshot.png"
#: Pages of the runstrategy report shown in the README: the map and a page of tables.
REPORT_PAGES = {"report_map.png": 2, "report_tables.png": 5}

PANEL = r"""
import os
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication
from qgis.core import QgsProject, QgsVectorLayer, QgsRectangle, QgsPointXY
from qgis.utils import iface, plugins

SAMPLE = os.environ["BS_SAMPLE"]
OUT = os.environ["BS_OUT"]

def step1():
    from bronnenstrategie.core import soilenergy
    from bronnenstrategie.dialogs import bodemenergie_maptool as mt

    from qgis.core import QgsCoordinateReferenceSystem
    from qgis.PyQt.QtGui import QColor

    rd = QgsCoordinateReferenceSystem("EPSG:28992")
    QgsProject.instance().setCrs(rd)
    wijken = QgsVectorLayer(SAMPLE + "|layername=heat_demand_wijken", "Wijken", "ogr")
    wells = QgsVectorLayer(SAMPLE + "|layername=wko_wells", "WKO-bronnen", "ogr")
    wijken.renderer().symbol().setColor(QColor("#f2efe6"))
    for layer in (wijken, wells):
        QgsProject.instance().addMapLayer(layer)
    canvas = iface.mapCanvas()
    canvas.setDestinationCrs(rd)
    iface.messageBar().clearWidgets()
    canvas.setExtent(QgsRectangle(79700, 452900, 83300, 455900))
    canvas.refresh()
    tool = mt.make_tool(canvas, iface, {
        "wells": wells, "volume": "volume_m3", "system": "system_id",
        "temperature": "temperature", "top": "screen_top", "bottom": "screen_bottom",
        "aquifers_text": soilenergy.AQUIFERS})
    tool.plugin = plugins.get("bronnenstrategie")
    canvas.setMapTool(tool)
    mt.show_panel(tool, iface)
    tool.panel.setMinimumWidth(380)
    for x, y in ((80900, 453700), (82100, 453800), (82300, 454700)):
        tool.add_point(QgsPointXY(x, y))
    # the cursor at the fourth corner: the figures follow it
    cursor = QgsPointXY(80800, 455300)
    tool._redraw(cursor)
    tool.show(cursor)
    QTimer.singleShot(1500, step2)

def step2():
    # QGIS zooms to the first layers once they are loaded: zoom in on the drawing again
    iface.mapCanvas().setExtent(QgsRectangle(79700, 452900, 83300, 455900))
    iface.mapCanvas().refresh()
    QTimer.singleShot(2500, step3)

def step3():
    QApplication.primaryScreen().grabWindow(0).save(OUT)
    QApplication.exit(0)
    os._exit(0)

iface.mainWindow().setGeometry(0, 0, 1600, 1000)
iface.mainWindow().show()
QTimer.singleShot(4000, step1)
"""

INSIDE = r"""
import os
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QDockWidget, QLineEdit, QTreeView
from qgis.core import QgsProject, QgsVectorLayer, QgsRectangle
from qgis.utils import iface, plugins
import processing

SAMPLE = os.environ["BS_SAMPLE"]
OUT = os.environ["BS_OUT"]

def step1():
    wells = QgsVectorLayer(SAMPLE + "|layername=wko_wells", "WKO-bronnen (sample)", "ogr")
    res = processing.runAndLoadResults("bronnenstrategie:thermalradius", {
        "INPUT": wells, "VOLUME_FIELD": "volume_m3", "SCREEN_TOP_FIELD": "screen_top",
        "SCREEN_BOTTOM_FIELD": "screen_bottom", "OUTPUT": "TEMPORARY_OUTPUT",
        "OUTPUT_AREAS": "TEMPORARY_OUTPUT"})
    iface.mapCanvas().setExtent(QgsRectangle(80200, 452800, 83600, 455700))
    iface.mapCanvas().refresh()
    dock = iface.mainWindow().findChild(QDockWidget, "ProcessingToolbox")
    if dock:
        dock.setVisible(True)
        edit = dock.findChild(QLineEdit)
        if edit:
            edit.setText("bronnenstrategie")
        for tree in dock.findChildren(QTreeView):
            tree.expandAll()
    QTimer.singleShot(1500, step2)

def step2():
    iface.mapCanvas().setExtent(QgsRectangle(80000, 452600, 85200, 456000))
    iface.mapCanvas().refresh()
    dlg = processing.createAlgorithmDialog("bronnenstrategie:thermalradius", {})
    dlg.resize(640, 500)
    dlg.move(650, 480)
    dlg.show()
    QTimer.singleShot(2500, step3)

def step3():
    QApplication.primaryScreen().grabWindow(0).save(OUT)
    QApplication.exit(0)
    os._exit(0)

iface.mainWindow().setGeometry(0, 0, 1600, 1000)
iface.mainWindow().show()
QTimer.singleShot(4000, step1)
"""


def qgis_shot(inside, out):
    """Run QGIS desktop with the code ``inside``, which saves the screen to ``out``."""
    base = Path(tempfile.mkdtemp(prefix="bronnenstrategie-shot-"))
    plugins = base / "plugins"
    plugins.mkdir()
    (plugins / "bronnenstrategie").symlink_to(REPO, target_is_directory=True)
    ini = base / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text(
        "[PythonPlugins]\nbronnenstrategie=true\nprocessing=true\n\n"
        "[locale]\noverrideFlag=true\nuserLocale="
        + os.environ.get("BS_LOCALE", "nl")
        + "\n\n[qgis]\ncheckVersion=false\nshowTips=false\n"
    )
    code = base / "shot.py"
    code.write_text(inside)
    env = dict(
        os.environ,
        QGIS_PLUGINPATH=str(plugins),
        BS_SAMPLE=str(REPO / "resources" / "sample" / "denhaag_sample.gpkg"),
        BS_OUT=str(out),
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.exists():
        out.unlink()
    proc = subprocess.run(
        ["qgis", "--profiles-path", str(base), "--nologo", "--code", str(code)],
        env=env,
        timeout=180,
    )
    print("screenshot:", out if out.exists() else "not written", "rc", proc.returncode)
    return out.exists()


def report_shots():
    """runstrategy on the sample data (in the locale BS_LOCALE, default Dutch), then two
    pages of its report as PNG."""
    import shutil

    folder = Path(tempfile.mkdtemp(prefix="bronnenstrategie-report-"))
    env = dict(os.environ, BS_LOCALE=os.environ.get("BS_LOCALE", "nl"))
    subprocess.run(
        [
            sys.executable,
            str(REPO / "scripts" / "qgisproc.py"),
            "run",
            "bronnenstrategie:runstrategy",
            "--",
            f"OUTPUT_FOLDER={folder}",
        ],
        env=env,
        check=True,
        timeout=900,
        stdout=subprocess.DEVNULL,
    )
    pdf = folder / "rapport.pdf"
    ok = True
    for name, page in REPORT_PAGES.items():
        prefix = folder / f"page{page}"
        subprocess.run(
            [
                "pdftoppm",
                "-f",
                str(page),
                "-l",
                str(page),
                "-r",
                "110",
                "-png",
                "-singlefile",
                str(pdf),
                str(prefix),
            ],
            check=True,
        )
        shutil.copy(str(prefix) + ".png", str(IMG / name))
        print(f"report page {page}: {IMG / name}")
        ok = ok and (IMG / name).exists()
    return ok


def main(argv=None):
    shots = list(argv if argv is not None else sys.argv[1:]) or ["toolbox"]
    if "all" in shots:
        shots = ["toolbox", "panel", "report"]
    ok = True
    for shot in shots:
        if shot == "toolbox":
            ok = qgis_shot(INSIDE, OUT) and ok
        elif shot == "panel":
            ok = qgis_shot(PANEL, IMG / "drawing_panel.png") and ok
        elif shot == "report":
            ok = report_shots() and ok
        else:
            print("unknown shot:", shot)
            ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
