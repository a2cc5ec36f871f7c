"""bronnenstrategie:report - a PDF report (QgsLayout) of the heat source strategy."""

from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsLayerTree,
    QgsLayout,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterCrs,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsProject,
    QgsRectangle,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QLocale, Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..base import BronnenstrategieAlgorithm
from ..utils import STYLE_DIR

ICONS = Path(__file__).resolve().parent.parent.parent / "resources" / "icons"
PAGE_W, PAGE_H = 297.0, 210.0  # A4 landscape, mm
MARGIN = 12.0
#: Fields shown first in the per-source tables when a layer has them.
PREFERRED_FIELDS = (
    "rank", "name", "naam", "location", "category", "kind", "doublets", "power_mw", "heat_tj",
    "homes", "seg_id", "quay_id", "length_m", "delivered_gj", "source_gj", "matched_gj",
    "renovation_year", "score", "area_m2", "why", "n_wells", "n_systems", "density_km2",
    "usage_fraction", "n_conflicts", "area_ha", "criteria", "name_a", "name_b", "type_a",
    "type_b", "overlap_m2", "depth_overlap", "advice",
)
HIDDEN_FIELDS = {"fid", "ogc_fid", "claim_id", "claim_a", "claim_b"}


class Report(BronnenstrategieAlgorithm):
    NAME = "report"
    GROUP_ID = "warmtebalans"

    LAYERS = "LAYERS"
    TABLES = "TABLES"
    BALANCE_TABLE = "BALANCE_TABLE"
    CHART = "CHART"
    TITLE = "TITLE"
    MUNICIPALITY = "MUNICIPALITY"
    EXTENT = "EXTENT"
    MAP_CRS = "MAP_CRS"
    MAX_ROWS = "MAX_ROWS"
    MAX_COLUMNS = "MAX_COLUMNS"
    OUTPUT = "OUTPUT"

    def flags(self):
        # layouts are built and exported on the main thread
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def displayName(self):  # noqa: N802
        return self.tr("Heat source strategy report (PDF)")

    def shortDescription(self):  # noqa: N802
        return self.tr("A PDF with a title page, a map of the sources and claims, the heat "
                       "balance and a table per source layer.")

    def help_text(self):
        return self.tr(
            "<p>Writes a PDF report (A4 landscape) that a planner can hand on: a title page "
            "with the municipality and the date; a map of the given layers over a plain "
            "background (no internet basemap needed) with legend, scale bar and north "
            "arrow; the heat-balance chart and table (from <i>Heat balance by temperature "
            "class</i>); and one page per table layer (e.g. geothermal locations with their "
            "capacity, the best quay stretches, WOS candidates, candidate interference areas, "
            "claim conflicts), at most the given number of rows, sorted by rank when the "
            "layer has a field rank.</p>"
            "<p>Layers named after an output of this plugin (e.g. heatbalance_areas, "
            "geothermalbuffers_sites) get the plugin's style from resources/styles; other "
            "layers keep their own style. The words of the report follow the language of "
            "QGIS (Dutch when QGIS is Dutch). Runs headless under qgis_process.</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_param(
            QgsProcessingParameterMultipleLayers(
                self.LAYERS, self.tr("Map layers"), QgsProcessing.TypeVectorAnyGeometry,
                optional=True),
            self.tr("Layers drawn on the map, first on top (heat sources, claims, areas)."),
        )
        self.add_param(
            QgsProcessingParameterMultipleLayers(
                self.TABLES, self.tr("Layers to list as tables"), QgsProcessing.TypeVector,
                optional=True),
            self.tr("Each of these layers gets a page with a table of its features."),
        )
        self.add_param(
            QgsProcessingParameterVectorLayer(
                self.BALANCE_TABLE, self.tr("Heat balance table"), [QgsProcessing.TypeVector],
                optional=True),
            self.tr("The OUTPUT_TABLE of the heat balance algorithm (optional)."),
        )
        self.add_param(
            QgsProcessingParameterFile(
                self.CHART, self.tr("Heat balance chart (PNG or SVG)"), optional=True,
                fileFilter=self.tr("Images (*.png *.svg)")),
            self.tr("The OUTPUT_CHART of the heat balance algorithm (optional)."),
        )
        self.add_param(
            QgsProcessingParameterString(
                self.TITLE, self.tr("Title"), defaultValue=self.tr("Heat source strategy")),
            self.tr("Title on the first page."),
        )
        self.add_param(
            QgsProcessingParameterString(
                self.MUNICIPALITY, self.tr("Municipality"), defaultValue="Gemeente Den Haag"),
            self.tr("Name of the municipality on the title page."),
        )
        self.add_param(
            QgsProcessingParameterExtent(self.EXTENT, self.tr("Map extent"), optional=True),
            self.tr("Extent of the map; by default the combined extent of the map layers."),
        )
        self.add_param(
            QgsProcessingParameterCrs(self.MAP_CRS, self.tr("Map CRS"),
                                      defaultValue="EPSG:28992", optional=True),
            self.tr("Coordinate reference system of the map; default RD New (EPSG:28992)."),
            advanced=True,
        )
        self.add_param(
            QgsProcessingParameterNumber(self.MAX_ROWS, self.tr("Rows per table"),
                                         defaultValue=20, minValue=1, maxValue=40),
            self.tr("Largest number of rows of each table page (one page per table)."),
            advanced=True,
        )
        self.add_param(
            QgsProcessingParameterNumber(self.MAX_COLUMNS, self.tr("Columns per table"),
                                         defaultValue=8, minValue=1, maxValue=14),
            self.tr("Largest number of columns of a table; known key figures come first."),
            advanced=True,
        )
        self.add_param(
            QgsProcessingParameterFileDestination(self.OUTPUT, self.tr("Report"),
                                                  self.tr("PDF (*.pdf)")),
            self.tr("The PDF file."),
        )
        self.addOutput(QgsProcessingOutputNumber("N_PAGES", self.tr("Number of pages")))

    # -- helpers ------------------------------------------------------------------
    def _titles(self):
        return {
            "geothermalbuffers_sites": self.tr("Geothermal locations and their capacity"),
            "geothermalbuffers_conflicts": self.tr("Overlapping geothermal reservoir footprints"),
            "quaypotential_segments": self.tr("Quay-wall stretches with aquathermal potential"),
            "wastewaterheat_points": self.tr("Heat from waste water"),
            "wossiting_sites": self.tr("Candidate sites for heat transfer stations (WOS)"),
            "interferenceareas_output": self.tr("Candidate interference areas"),
            "wellconflicts_output": self.tr("Soil-energy well conflicts"),
            "warmcoldzones_output": self.tr("Warm and cold zones"),
            "claimconflicts_output": self.tr("Conflicting spatial claims"),
            "heatbalance_areas": self.tr("Heat balance per area"),
        }

    def _label(self, layout, page, text, x, y, w, h, size=11, bold=False, color="#222222"):
        label = QgsLayoutItemLabel(layout)
        label.setText(text)
        font = QFont("Sans Serif", size)
        font.setBold(bold)
        label.setFont(font)
        label.setFontColor(QColor(color))
        label.setMode(QgsLayoutItemLabel.ModeFont)
        layout.addLayoutItem(label)
        label.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters), page=page)
        label.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutMillimeters))
        return label

    def _new_page(self, layout):
        page = QgsLayoutItemPage(layout)
        page.setPageSize("A4", QgsLayoutItemPage.Landscape)
        layout.pageCollection().addPage(page)
        return layout.pageCollection().pageCount() - 1

    def _table(self, layout, page, layer, x, y, w, h, max_rows, max_columns):
        table = QgsLayoutItemAttributeTable.create(layout)
        table.setVectorLayer(layer)
        names = [f.name() for f in layer.fields() if f.name().lower() not in HIDDEN_FIELDS]
        lower = {n.lower(): n for n in names}
        chosen = [lower[p] for p in PREFERRED_FIELDS if p in lower]
        chosen += [n for n in names if n not in chosen]
        columns = []
        for name in chosen[:max_columns]:
            column = QgsLayoutTableColumn()
            column.setAttribute(name)
            column.setHeading(name)
            columns.append(column)
        table.setColumns(columns)
        if hasattr(table, "setDisplayColumns"):
            table.setDisplayColumns(columns)
        if layer.fields().lookupField("rank") >= 0 and hasattr(table, "setSortColumns"):
            sort = QgsLayoutTableColumn()
            sort.setAttribute("rank")
            sort.setSortOrder(Qt.AscendingOrder)
            table.setSortColumns([sort])
        table.setMaximumNumberOfFeatures(max_rows)
        table.setResizeMode(QgsLayoutMultiFrame.UseExistingFrames)
        table.setHeaderFontColor(QColor("#222222"))
        font = QFont("Sans Serif", 7)
        table.setContentFont(font)
        header = QFont("Sans Serif", 7)
        header.setBold(True)
        table.setHeaderFont(header)
        table.setGridStrokeWidth(0.2)
        table.setCellMargin(0.8)
        layout.addMultiFrame(table)
        frame = QgsLayoutFrame(layout, table)
        frame.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters), page=page)
        frame.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutMillimeters))
        table.addFrame(frame)
        table.refresh()
        return table

    @staticmethod
    def _style(layer):
        qml = STYLE_DIR / "{}.qml".format(layer.name())
        if qml.exists():
            layer.loadNamedStyle(str(qml))

    # -- processing ---------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        out = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not out:
            raise QgsProcessingException(self.tr("Give the path of the PDF to write."))
        layers = [lyr for lyr in (self.parameterAsLayerList(parameters, self.LAYERS, context)
                                  or []) if isinstance(lyr, QgsVectorLayer) and lyr.isSpatial()]
        tables = [lyr for lyr in (self.parameterAsLayerList(parameters, self.TABLES, context)
                                  or []) if isinstance(lyr, QgsVectorLayer)]
        balance = self.parameterAsVectorLayer(parameters, self.BALANCE_TABLE, context)
        chart = self.parameterAsFile(parameters, self.CHART, context)
        if chart and not Path(chart).exists():
            raise QgsProcessingException(self.tr("The chart file {} does not exist.")
                                         .format(chart))
        title = self.parameterAsString(parameters, self.TITLE, context)
        municipality = self.parameterAsString(parameters, self.MUNICIPALITY, context)
        crs = self.parameterAsCrs(parameters, self.MAP_CRS, context)
        if not crs.isValid():
            crs = QgsCoordinateReferenceSystem("EPSG:28992")
        max_rows = self.parameterAsInt(parameters, self.MAX_ROWS, context)
        max_columns = self.parameterAsInt(parameters, self.MAX_COLUMNS, context)

        # work on copies, so the user's layers keep their styles
        map_layers = []
        for lyr in layers:
            copy = lyr.clone()
            copy.setName(lyr.name())
            self._style(copy)
            map_layers.append(copy)

        project = QgsProject()
        project.setCrs(crs)
        layout = QgsLayout(project)
        layout.initializeDefaults()  # one A4 page
        layout.pageCollection().page(0).setPageSize("A4", QgsLayoutItemPage.Landscape)

        # page 1: title
        date = QLocale().toString(QDate.currentDate(), QLocale.LongFormat)
        self._label(layout, 0, title, MARGIN, 55, PAGE_W - 2 * MARGIN, 20, 28, True)
        self._label(layout, 0, municipality, MARGIN, 80, PAGE_W - 2 * MARGIN, 12, 16)
        self._label(layout, 0, date, MARGIN, 94, PAGE_W - 2 * MARGIN, 10, 12, color="#555555")
        contents = [self.tr("Map of heat sources and spatial claims")]
        if balance is not None or chart:
            contents.append(self.tr("Heat balance by temperature class"))
        titles = self._titles()
        contents += [titles.get(t.name(), t.name()) for t in tables]
        self._label(layout, 0, "\n".join("• " + c for c in contents), MARGIN, 115,
                    PAGE_W - 2 * MARGIN, 60, 11)
        self._label(layout, 0, self.tr("Made with the Bronnenstrategie QGIS plugin. The "
                                       "figures are computed from the input data and the "
                                       "stated assumptions; they are not a decision."),
                    MARGIN, PAGE_H - 22, PAGE_W - 2 * MARGIN, 10, 8, color="#777777")

        # page 2: map
        page = self._new_page(layout)
        self._label(layout, page, self.tr("Heat sources and spatial claims"), MARGIN, 8,
                    200, 10, 16, True)
        map_item = QgsLayoutItemMap(layout)
        map_item.setCrs(crs)
        map_item.setLayers(map_layers)
        map_item.setBackgroundColor(QColor("#f4f1ea"))
        map_item.setFrameEnabled(True)
        layout.addLayoutItem(map_item)
        map_w, map_h = 205.0, 175.0
        map_item.attemptMove(QgsLayoutPoint(MARGIN, 22, QgsUnitTypes.LayoutMillimeters),
                             page=page)
        map_item.attemptResize(QgsLayoutSize(map_w, map_h, QgsUnitTypes.LayoutMillimeters))
        extent = self._extent(parameters, context, map_layers, crs)
        if extent is None or extent.isEmpty():
            feedback.pushWarning(self.tr("The map is empty: no map layer has features."))
            extent = QgsRectangle(74000, 449000, 87000, 459000)
        extent.scale(1.05)
        # fit the extent to the map's shape (zoomToExtent is unreliable headless)
        ratio = map_w / map_h
        if extent.width() / max(extent.height(), 1e-9) > ratio:
            grow = extent.width() / ratio - extent.height()
            extent.setYMinimum(extent.yMinimum() - grow / 2)
            extent.setYMaximum(extent.yMaximum() + grow / 2)
        else:
            grow = extent.height() * ratio - extent.width()
            extent.setXMinimum(extent.xMinimum() - grow / 2)
            extent.setXMaximum(extent.xMaximum() + grow / 2)
        map_item.setExtent(extent)

        legend = QgsLayoutItemLegend(layout)
        legend.setTitle(self.tr("Legend"))
        legend.setLinkedMap(map_item)
        legend.setAutoUpdateModel(False)
        root = QgsLayerTree()
        for lyr in map_layers:
            root.addLayer(lyr)
        legend.model().setRootGroup(root)
        legend.setResizeToContents(True)
        layout.addLayoutItem(legend)
        legend.attemptMove(QgsLayoutPoint(MARGIN + map_w + 6, 22,
                                          QgsUnitTypes.LayoutMillimeters), page=page)
        legend.refresh()

        scalebar = QgsLayoutItemScaleBar(layout)
        scalebar.setStyle("Single Box")
        scalebar.setLinkedMap(map_item)
        scalebar.applyDefaultSize()
        scalebar.setUnits(QgsUnitTypes.DistanceKilometers)
        scalebar.setUnitLabel("km")
        scalebar.setNumberOfSegments(3)
        scalebar.setNumberOfSegmentsLeft(0)
        scalebar.setUnitsPerSegment(max(0.5, round(extent.width() / 1000.0 / 8.0 * 2) / 2))
        scalebar.setBackgroundEnabled(True)
        layout.addLayoutItem(scalebar)
        scalebar.attemptMove(QgsLayoutPoint(MARGIN + 4, 22 + map_h - 16,
                                            QgsUnitTypes.LayoutMillimeters), page=page)
        scalebar.update()

        north = QgsLayoutItemPicture(layout)
        north.setPicturePath(str(ICONS / "north_arrow.svg"))
        layout.addLayoutItem(north)
        north.attemptMove(QgsLayoutPoint(MARGIN + map_w - 16, 26,
                                         QgsUnitTypes.LayoutMillimeters), page=page)
        north.attemptResize(QgsLayoutSize(10, 15, QgsUnitTypes.LayoutMillimeters))
        self._label(layout, page, self.tr("Background: none (plain). CRS: {crs}.")
                    .format(crs=crs.authid()), MARGIN, 22 + map_h + 2, map_w, 6, 7,
                    color="#777777")

        # page 3: heat balance
        if balance is not None or chart:
            page = self._new_page(layout)
            self._label(layout, page, self.tr("Heat balance by temperature class"), MARGIN,
                        8, 250, 10, 16, True)
            if chart:
                picture = QgsLayoutItemPicture(layout)
                picture.setPicturePath(str(chart))
                picture.setResizeMode(QgsLayoutItemPicture.Zoom)
                layout.addLayoutItem(picture)
                picture.attemptMove(QgsLayoutPoint(MARGIN, 22, QgsUnitTypes.LayoutMillimeters),
                                    page=page)
                picture.attemptResize(QgsLayoutSize(165, 105, QgsUnitTypes.LayoutMillimeters))
            if balance is not None:
                self._table(layout, page, balance, MARGIN, 132, PAGE_W - 2 * MARGIN, 50,
                            10, 10)
            self._label(layout, page, self.tr(
                "HT > 70 °C, MT 50-70 °C, LT < 50 °C. Negative balance: deficit. With the "
                "cascade a surplus at a higher temperature serves a lower one, never the "
                "other way round."), 185, 24, PAGE_W - 185 - MARGIN, 60, 9)

        # one page per table layer
        for lyr in tables:
            if feedback.isCanceled():
                break
            page = self._new_page(layout)
            name = titles.get(lyr.name(), lyr.name())
            n = lyr.featureCount()
            self._label(layout, page, name, MARGIN, 8, 270, 10, 16, True)
            self._label(layout, page, self.tr("{n} features; at most {m} rows are shown.")
                        .format(n=n, m=max_rows), MARGIN, 18, 270, 6, 8, color="#555555")
            self._table(layout, page, lyr, MARGIN, 26, PAGE_W - 2 * MARGIN,
                        PAGE_H - 26 - MARGIN, max_rows, max_columns)

        n_pages = layout.pageCollection().pageCount()
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        exporter = QgsLayoutExporter(layout)
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = 150
        result = exporter.exportToPdf(out, settings)
        if result != QgsLayoutExporter.Success:
            raise QgsProcessingException(self.tr(
                "The PDF could not be written to {path} (error {code}): {error}").format(
                path=out, code=int(result), error=exporter.errorMessage()))
        feedback.pushInfo(self.tr("Report with {n} pages written to {path}.").format(
            n=n_pages, path=out))
        return {self.OUTPUT: out, "N_PAGES": n_pages}

    def _extent(self, parameters, context, layers, crs):
        if parameters.get(self.EXTENT):
            return self.parameterAsExtent(parameters, self.EXTENT, context, crs)
        extent = None
        for lyr in layers:
            if lyr.featureCount() == 0 or lyr.geometryType() == QgsWkbTypes.NullGeometry:
                continue
            rect = lyr.extent()
            if rect.isNull():
                continue
            try:
                rect = QgsCoordinateTransform(lyr.crs(), crs, context.transformContext()) \
                    .transformBoundingBox(rect)
            except Exception:  # noqa: BLE001 - QgsCsException: leave this layer out
                continue
            if extent is None:
                extent = QgsRectangle(rect)
            else:
                extent.combineExtentWith(rect)
        return extent

