#!/usr/bin/env python3
"""Take the README screenshot from real QGIS desktop under Xvfb.

    xvfb-run -a -s "-screen 0 1600x1000x24" /usr/bin/python3 scripts/screenshot.py

Starts QGIS (`qgis --code`) in a temporary profile with the plugin enabled, loads the
sample wells, runs thermalradius (styled output), opens the Processing toolbox filtered on
the provider and the algorithm dialog, and saves the screen to docs/img/qgis_screenshot.png.
"""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "docs" / "img" / "qgis_screenshot.png"

INSIDE = r'''
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
'''


def main():
    base = Path(tempfile.mkdtemp(prefix="bronnenstrategie-shot-"))
    plugins = base / "plugins"
    plugins.mkdir()
    (plugins / "bronnenstrategie").symlink_to(REPO, target_is_directory=True)
    ini = base / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text("[PythonPlugins]\nbronnenstrategie=true\nprocessing=true\n\n"
                   "[locale]\noverrideFlag=true\nuserLocale=" + os.environ.get("BS_LOCALE", "nl")
                   + "\n\n[qgis]\ncheckVersion=false\nshowTips=false\n")
    code = base / "shot.py"
    code.write_text(INSIDE)
    env = dict(os.environ, QGIS_PLUGINPATH=str(plugins),
               BS_SAMPLE=str(REPO / "resources" / "sample" / "denhaag_sample.gpkg"),
               BS_OUT=str(OUT))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run(["qgis", "--profiles-path", str(base), "--nologo", "--code",
                           str(code)], env=env, timeout=180)
    print("screenshot:", OUT if OUT.exists() else "not written", "rc", proc.returncode)
    return 0 if OUT.exists() else 1


if __name__ == "__main__":
    sys.exit(main())
