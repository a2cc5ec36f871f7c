"""Digitising a polygon on the map canvas: the one map tool the plugin draws with.

Both the claims dialog ("Record a spatial claim", drawing on the map) and the map tool
"Draw interference area" use :class:`PolygonCaptureTool`, so digitising behaves the same
everywhere:

- left click: add a vertex; the rubber band follows the mouse from the last vertex;
- Backspace or Delete: remove the last vertex;
- Esc: cancel (the vertices are dropped; ``cancelled`` is emitted);
- right click, Enter or double click: finish (``finished`` is emitted with the polygon
  as a QgsGeometry in the canvas CRS; fewer than three vertices cancel instead).

Subclasses react to the drawing through :meth:`PolygonCaptureTool.changed` (called with
the mouse position while drawing) and may override :meth:`PolygonCaptureTool.finish`.
"""

from qgis.core import QgsGeometry, QgsPointXY
from qgis.gui import QgsMapTool, QgsRubberBand
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor

from ..compat import GeometryType

#: Keys of the tool (the same for every polygon the plugin digitises).
FINISH_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
UNDO_KEYS = (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)
CANCEL_KEYS = (Qt.Key.Key_Escape,)
#: Rubber band: outline and fill colour (RGBA) and line width (pixels).
BAND_COLOR = (178, 24, 43, 200)
BAND_FILL = (178, 24, 43, 50)
BAND_WIDTH = 2


class PolygonCaptureTool(QgsMapTool):
    """Digitise one polygon (see the module documentation for the keys)."""

    finished = pyqtSignal(object)  # QgsGeometry in the canvas CRS
    cancelled = pyqtSignal()

    def __init__(self, canvas):
        super().__init__(canvas)
        self.canvas = canvas
        self.points = []
        self.band = None
        self._skip_release = False  # the release that ends a double click
        self._make_band()

    # -- rubber band --------------------------------------------------------------------
    def _make_band(self):
        self.band = QgsRubberBand(self.canvas, GeometryType.Polygon)
        self.band.setColor(QColor(*BAND_COLOR))
        self.band.setFillColor(QColor(*BAND_FILL))
        self.band.setWidth(BAND_WIDTH)

    def _redraw(self, extra=None):
        if self.band is None:  # removed before: drawing again
            self._make_band()
        self.band.reset(GeometryType.Polygon)
        for point in self.points + ([extra] if extra is not None else []):
            self.band.addPoint(point, False)
        self.band.show()
        self.band.updatePosition()
        self.canvas.refresh()

    def remove_band(self):
        """Take the rubber band off the canvas scene (made again when drawing again)."""
        if self.band is not None:
            self.band.reset(GeometryType.Polygon)
            self.canvas.scene().removeItem(self.band)
            self.band = None

    # -- the polygon --------------------------------------------------------------------
    def geometry(self, extra=None):
        """The polygon of the vertices (plus ``extra``, e.g. the mouse position) as a
        QgsGeometry in the canvas CRS; None for fewer than three vertices."""
        points = self.points + ([extra] if extra is not None else [])
        if len(points) < 3:
            return None
        return QgsGeometry.fromPolygonXY([points + [points[0]]])

    def changed(self, extra=None):
        """Called after every change of the drawing and, while drawing, on every mouse
        move (``extra``: the mouse position). Subclasses show live figures here."""
        return None

    def add_point(self, point):
        self.points.append(QgsPointXY(point))
        self._redraw()
        return self.changed()

    def undo(self):
        """Remove the last vertex (nothing when there is none)."""
        if not self.points:
            return None
        self.points.pop()
        self._redraw()
        return self.changed()

    def reset(self):
        """Drop the vertices (the tool stays active)."""
        self.points = []
        if self.band is not None:
            self.band.reset(GeometryType.Polygon)

    def cancel(self):
        self.reset()
        self.cancelled.emit()

    def finish(self):
        """Emit ``finished`` with the polygon (or ``cancelled`` for fewer than three
        vertices) and start again; returns the polygon or None."""
        geometry = self.geometry()
        self.reset()
        if geometry is None:
            self.cancelled.emit()
        else:
            self.finished.emit(geometry)
        return geometry

    # -- events -------------------------------------------------------------------------
    def canvasMoveEvent(self, event):  # noqa: N802 - QGIS API name
        if self.points:
            point = self.toMapCoordinates(event.pos())
            self._redraw(point)
            self.changed(point)

    def canvasReleaseEvent(self, event):  # noqa: N802
        if self._skip_release:
            self._skip_release = False
            return
        if event.button() == Qt.MouseButton.RightButton:
            self.finish()
        elif event.button() == Qt.MouseButton.LeftButton:
            self.add_point(self.toMapCoordinates(event.pos()))

    def canvasDoubleClickEvent(self, event):  # noqa: N802
        # the first click of the double click added the vertex already; the release that
        # follows the double click must not start a new polygon
        self._skip_release = True
        self.finish()

    def keyPressEvent(self, event):  # noqa: N802
        key = event.key()
        if key in FINISH_KEYS:
            self.finish()
        elif key in UNDO_KEYS:
            self.undo()
        elif key in CANCEL_KEYS:
            self.cancel()
        else:
            return
        event.accept()

    def deactivate(self):
        if self.band is not None:
            self.band.reset(GeometryType.Polygon)
        super().deactivate()
