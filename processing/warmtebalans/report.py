"""bronnenstrategie:report - a PDF report (QgsLayout) of the heat source strategy."""

import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsExpression,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsLayerTree,
    QgsLayout,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItem,
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
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLegendStyle,
    QgsMapLayerLegendUtils,
    QgsPalLayerSettings,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsProject,
    QgsRectangle,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QDate, QLocale, QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter
from qgis.PyQt.QtWidgets import QStyleOptionGraphicsItem

from ...compat import (
    FieldType,
    GeometryType,
    SourceType,
    filter_legend_by_map,
    set_label_font,
    set_legend_style_font,
)
from ...core import files
from ..base import BronnenstrategieAlgorithm
from ..paramtable import add_params, param
from ..utils import STYLE_DIR, raise_if_canceled

ICONS = Path(__file__).resolve().parent.parent.parent / "resources" / "icons"
PAGE_W, PAGE_H = 297.0, 210.0  # A4 landscape, mm
MARGIN = 12.0
#: Map page: the map on the left, the legend area on its right (mm).
MAP_X, MAP_Y, MAP_W, MAP_H = MARGIN, 22.0, 178.0, 168.0
LEGEND_X = MAP_X + MAP_W + 5.0
LEGEND_W = PAGE_W - MARGIN - LEGEND_X
LEGEND_H = MAP_H
#: Top of the footer line (page number, date) of every page (mm).
FOOTER_Y = PAGE_H - 9.0
#: Lowest point of a table frame.
TABLE_BOTTOM = FOOTER_Y - 2.0
#: Space between two tables on one page (mm), and the least room a table needs to start
#: on a page that has other tables already (title, note, header and a few rows).
TABLE_GAP = 8.0
TABLE_MIN_ROOM = 45.0
#: Layers drawn see-through on the map, so they do not hide what lies under them
#: (layer name -> opacity): the warm/cold zone strips and the interference areas.
MAP_OPACITY = {
    "warmcoldzones_output": 0.25,
    "interferenceareas_output": 0.6,
    "geothermalbuffers_reservoir": 0.7,
}
#: Colours of the context layers under the map.
OUTLINE_COLOR = "#4d4d4d"
WATER_COLOR = "#8fb8de"
#: Fields shown first in the per-source tables when a layer has them.
PREFERRED_FIELDS = (
    "rank",
    "name",
    "naam",
    "location",
    "category",
    "kind",
    "doublets",
    "power_mw",
    "heat_tj",
    "homes",
    "seg_id",
    "quay_id",
    "length_m",
    "delivered_gj",
    "source_gj",
    "matched_gj",
    "renovation_year",
    "score",
    "area_m2",
    "why",
    "n_wells",
    "n_systems",
    "density_km2",
    "usage_fraction",
    "n_conflicts",
    "area_ha",
    "criteria",
    "name_a",
    "name_b",
    "type_a",
    "type_b",
    "overlap_m2",
    "depth_overlap",
    "advice",
)
#: Per layer (by its output name): the fields that matter most, in this order.
PREFERRED_BY_LAYER = {
    "heatbalance_areas": (
        "name",
        "demand",
        "supply",
        "balance",
        "deficit_pct",
        "ht_balance",
        "mt_balance",
        "lt_balance",
    ),
}
HIDDEN_FIELDS = {"fid", "ogc_fid", "claim_id", "claim_a", "claim_b"}
#: Fields given in the layer's own unit (its field "unit": PJ, TJ or GJ).
UNIT_FIELDS = re.compile(
    r"^((ht|mt|lt)_)?(demand|supply|received|passed_on|supply_used|used|" r"balance|deficit)$"
)
#: Decimals of numbers by field name; else by the unit suffix (UNIT_DECIMALS); else 2.
FIELD_DECIMALS = {
    "score": 2,
    "usage_fraction": 2,
    "density_km2": 1,
    "power_mw": 1,
    "mw_avg": 2,
    "homes": 0,
    "delta_t": 1,
    "delta_t_2": 1,
    "flow_m3_day": 0,
    "flow_m3_day_2": 0,
    "flow_m3s": 2,
    "flow_m3_s": 2,
    "deficit_pct": 0,
    "r_cold_front": 0,
    "dist_main": 0,
    "dist_network": 0,
    "temperature": 1,
}
UNIT_DECIMALS = {
    "pj": 2,
    "tj": 2,
    "gj": 0,
    "mwh": 0,
    "m": 0,
    "m2": 0,
    "ha": 1,
    "km": 1,
    "pct": 0,
    "mw": 1,
}
#: Labels of map features that say nothing (left off the map).
EMPTY_LABELS = ("", "onbekend", "unknown", "null", "nan", "none", "-")


#: Spreadsheet kinds of the parameter SPREADSHEETS ("" = none).
SPREADSHEET_KINDS = ("", "csv", "xlsx")


def sheet_name(title, used):
    """A worksheet name from a title: at most 31 characters, none of []:*?/\\, unique in
    ``used`` (updated)."""
    name = re.sub(r"[\[\]:*?/\\]", " ", title).strip() or "Tabel"
    name = re.sub(r"\s+", " ", name)
    if len(name) > 31:  # cut at a word
        cut = name[:32].rsplit(" ", 1)[0]
        name = (cut if len(cut) >= 12 else name[:31]).strip()
    base, k = name, 1
    while name.lower() in used:
        k += 1
        suffix = f" ({k})"
        name = base[: 31 - len(suffix)].strip() + suffix
    used.add(name.lower())
    return name


def file_slug(title):
    """A file-name part from a title: lower-case letters, digits and '-'."""
    import unicodedata

    text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "tabel"


def decimals_for(name, unit=None):
    """Decimals a number of field ``name`` is shown with (unit: the layer's PJ/TJ/GJ)."""
    name = name.lower()
    if UNIT_FIELDS.match(name) and unit:
        return UNIT_DECIMALS.get(unit.lower(), 2)
    if name in FIELD_DECIMALS:
        return FIELD_DECIMALS[name]
    suffix = name.rsplit("_", 1)[-1]
    return UNIT_DECIMALS.get(suffix, 2)


def page_rect(page):
    """The rectangle of a layout page in layout coordinates (mm)."""
    return QRectF(page.pos().x(), page.pos().y(), page.rect().width(), page.rect().height())


def layout_problems(layout, tolerance=0.5):
    """What is wrong with a layout's geometry, as a list of text (empty: nothing).

    An item extending beyond its page, a legend overlapping another item of its page, or a
    table wider than its frame.
    """
    problems = []
    pages = layout.pageCollection()
    items = [
        i
        for i in layout.items()
        if isinstance(i, QgsLayoutItem) and not isinstance(i, QgsLayoutItemPage)
    ]
    rects = {}
    for item in items:
        rect = item.mapRectToScene(item.rect())
        rects[id(item)] = rect
        number = item.page()
        page = page_rect(pages.page(number)).adjusted(-tolerance, -tolerance, tolerance, tolerance)
        if not page.contains(rect):
            problems.append(
                f"{type(item).__name__} '{item.displayName()}' extends beyond page {number + 1}"
            )
    for legend in items:
        if not isinstance(legend, QgsLayoutItemLegend):
            continue
        own = rects[id(legend)].adjusted(tolerance, tolerance, -tolerance, -tolerance)
        for other in items:
            if other is legend or other.page() != legend.page():
                continue
            if own.intersects(rects[id(other)]):
                problems.append(
                    f"legend on page {legend.page() + 1} overlaps {type(other).__name__} "
                    f"'{other.displayName()}'"
                )
    for table in layout.multiFrames():
        if isinstance(table, QgsLayoutItemAttributeTable) and table.frameCount():
            width = table.frame(0).rect().width()
            if table.totalWidth() > width + tolerance:
                problems.append(
                    f"table of {table.vectorLayer().name()} is wider ({table.totalWidth():.0f} "
                    f"mm) than its frame ({width:.0f} mm)"
                )
    return problems


class Report(BronnenstrategieAlgorithm):
    NAME = "report"
    GROUP_ID = "warmtebalans"

    LAYERS = "LAYERS"
    BALANCE_AREAS = "BALANCE_AREAS"
    TABLES = "TABLES"
    BALANCE_TABLE = "BALANCE_TABLE"
    CHART = "CHART"
    TITLE = "TITLE"
    MUNICIPALITY = "MUNICIPALITY"
    EXTENT = "EXTENT"
    MAP_CRS = "MAP_CRS"
    MAX_ROWS = "MAX_ROWS"
    MAX_COLUMNS = "MAX_COLUMNS"
    SPREADSHEETS = "SPREADSHEETS"
    OUTLINE = "OUTLINE"
    WATER = "WATER"
    BASEMAP = "BASEMAP"
    INPUT_DATA = "INPUT_DATA"
    OUTPUT = "OUTPUT"

    def flags(self):
        # layouts are built and exported on the main thread
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def displayName(self):  # noqa: N802
        return self.tr("Heat source strategy report (PDF)")

    def shortDescription(self):  # noqa: N802
        return self.tr(
            "A PDF with a title page, a map of the sources and claims, the heat "
            "balance and a table per source layer."
        )

    def help_text(self):
        return self.tr(
            "<p>Writes a PDF report (A4 landscape) that a planner can hand on: a title page "
            "with the municipality, the date, the contents and the input data; a map of the "
            "given layers with legend, scale bar and north arrow, over the municipality's "
            "outline and the main water from the input data as context, on a basemap when "
            "one is given or the project has a web map layer (WMS/WMTS/XYZ, e.g. the PDOK "
            "BRT-Achtergrondkaart), else on a plain background (no internet needed); the "
            "heat-balance chart and table (from <i>Heat balance by temperature class</i>) "
            "and a map of the heat balance per area; and a table per table layer (e.g. "
            "geothermal locations with their capacity, the best quay stretches, WOS "
            "candidates, candidate interference areas, claim conflicts), at most the given "
            "number of rows, sorted by rank when the layer has a field rank. Short tables "
            "share a page; a table that does not fit the rest of a page starts a new one, "
            "a long table continues on the next page. Every page has a footer with the "
            "title, the date and its page number. Warm/cold zone strips and interference "
            "areas are drawn see-through, so what lies under them stays visible.</p>"
            "<p>Optionally every table is also written as a spreadsheet next to the PDF "
            "(CSV files or one XLSX workbook, with QGIS's <i>Export to spreadsheet</i>), "
            "for further work in Excel.</p>"
            "<p>Layers named after an output of this plugin (e.g. heatbalance_areas, "
            "geothermalbuffers_sites) get the plugin's style from resources/styles and the "
            "output's name in the legend; other layers keep their own style and name. A "
            "layer heatbalance_areas among the map layers is drawn on the heat-balance map, "
            "not on the map of the sources. Numbers in the tables are rounded by their "
            "meaning (PJ and TJ 2 decimals, GJ none, metres none, scores 2). The legend "
            "shows only what is on the map and gets smaller letters or columns to fit. The "
            "words of the report follow the language of QGIS (Dutch when QGIS is Dutch). "
            "Runs headless under qgis_process.</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        add_params(self, self._content_params() + self._map_and_table_params())
        self.addOutput(QgsProcessingOutputNumber("N_PAGES", self.tr("Number of pages")))
        self.addOutput(
            QgsProcessingOutputString(
                "SPREADSHEET_FILES", self.tr("Spreadsheets written (separated by ;)")
            )
        )

    def _content_params(self):
        """What the report shows: layers, tables, the heat balance, the cover."""
        return [
            param(
                QgsProcessingParameterMultipleLayers,
                self.LAYERS,
                self.tr("Map layers"),
                SourceType.VectorAnyGeometry,
                optional=True,
                help=self.tr(
                    "Layers drawn on the map, first on top (heat sources, claims, areas)."
                ),
            ),
            param(
                QgsProcessingParameterVectorLayer,
                self.BALANCE_AREAS,
                self.tr("Heat balance per area (map)"),
                [SourceType.VectorPolygon],
                optional=True,
                help=self.tr(
                    "The OUTPUT_AREAS of the heat balance algorithm: drawn on a map page of "
                    "its own (optional)."
                ),
            ),
            param(
                QgsProcessingParameterMultipleLayers,
                self.TABLES,
                self.tr("Layers to list as tables"),
                SourceType.Vector,
                optional=True,
                help=self.tr(
                    "Each of these layers is listed as a table of its features; short "
                    "tables share a page."
                ),
            ),
            param(
                QgsProcessingParameterVectorLayer,
                self.BALANCE_TABLE,
                self.tr("Heat balance table"),
                [SourceType.Vector],
                optional=True,
                help=self.tr("The OUTPUT_TABLE of the heat balance algorithm (optional)."),
            ),
            param(
                QgsProcessingParameterFile,
                self.CHART,
                self.tr("Heat balance chart (PNG or SVG)"),
                optional=True,
                fileFilter=self.tr("Images (*.png *.svg)"),
                help=self.tr("The OUTPUT_CHART of the heat balance algorithm (optional)."),
            ),
            param(
                QgsProcessingParameterString,
                self.TITLE,
                self.tr("Title"),
                defaultValue=self.tr("Heat source strategy"),
                help=self.tr("Title on the first page."),
            ),
            param(
                QgsProcessingParameterString,
                self.MUNICIPALITY,
                self.tr("Municipality"),
                defaultValue="Gemeente Den Haag",
                help=self.tr("Name of the municipality on the title page."),
            ),
            param(
                QgsProcessingParameterVectorLayer,
                self.OUTLINE,
                self.tr("Municipality outline (context)"),
                [SourceType.VectorPolygon],
                optional=True,
                help=self.tr(
                    "Polygons whose outer boundary is drawn under the map as the outline of "
                    "the municipality, e.g. its districts (wijken): they are merged into one "
                    "outline. Also sets the map extent when none is given."
                ),
            ),
        ]

    def _map_and_table_params(self):
        """The map's context and extent, the tables' size and the outputs."""
        return [
            param(
                QgsProcessingParameterMultipleLayers,
                self.WATER,
                self.tr("Main water (context)"),
                SourceType.VectorPolygon,
                optional=True,
                help=self.tr(
                    "Water polygons (canals, harbours, lakes) drawn in light blue under the "
                    "map, as orientation."
                ),
            ),
            param(
                QgsProcessingParameterRasterLayer,
                self.BASEMAP,
                self.tr("Basemap"),
                optional=True,
                help=self.tr(
                    "A background map under the map, e.g. the PDOK BRT-Achtergrondkaart "
                    "(WMTS) in grey. Empty: the first web map layer (WMS/WMTS/XYZ) of the "
                    "project when there is one, else a plain background (no internet "
                    "needed)."
                ),
            ),
            param(
                QgsProcessingParameterString,
                self.INPUT_DATA,
                self.tr("Input data (cover)"),
                optional=True,
                multiLine=True,
                help=self.tr(
                    "The input data named on the cover. Empty: the files the map and "
                    "table layers come from."
                ),
            ),
            param(
                QgsProcessingParameterExtent,
                self.EXTENT,
                self.tr("Map extent"),
                optional=True,
                help=self.tr(
                    "Extent of the map; by default the combined extent of the map layers."
                ),
            ),
            param(
                QgsProcessingParameterCrs,
                self.MAP_CRS,
                self.tr("Map CRS"),
                defaultValue="EPSG:28992",
                optional=True,
                help=self.tr(
                    "Coordinate reference system of the map; default RD New (EPSG:28992)."
                ),
                advanced=True,
            ),
            param(
                QgsProcessingParameterNumber,
                self.MAX_ROWS,
                self.tr("Rows per table"),
                defaultValue=20,
                minValue=1,
                maxValue=1000,
                help=self.tr(
                    "Largest number of rows of each table (by rank when the layer has a "
                    "field rank); a table longer than a page continues on the next page."
                ),
                advanced=True,
            ),
            param(
                QgsProcessingParameterNumber,
                self.MAX_COLUMNS,
                self.tr("Columns per table"),
                defaultValue=8,
                minValue=1,
                maxValue=14,
                help=self.tr(
                    "Largest number of columns of a table; known key figures come first. "
                    "Columns that do not fit the page width are left off."
                ),
                advanced=True,
            ),
            param(
                QgsProcessingParameterEnum,
                self.SPREADSHEETS,
                self.tr("Tables also as spreadsheet"),
                [
                    self.tr("No"),
                    self.tr("CSV (a file per table)"),
                    self.tr("XLSX (one workbook, a sheet per table)"),
                ],
                defaultValue=0,
                help=self.tr(
                    "Writes every table of the report (the heat balance and each table "
                    "layer, all rows, with the report's column headings and rounding) next "
                    "to the PDF: <report>_<table>.csv (UTF-8, comma separated, decimal "
                    "point) or <report>_tabellen.xlsx / <report>_tables.xlsx."
                ),
            ),
            param(
                QgsProcessingParameterFileDestination,
                self.OUTPUT,
                self.tr("Report"),
                self.tr("PDF (*.pdf)"),
                help=self.tr("The PDF file."),
            ),
        ]

    # -- names ----------------------------------------------------------------------
    def language(self):
        """Two-letter code of the report's language: the translation of "en"."""
        # translators: the language code of your translation (nl)
        code = self.tr("en")
        return code if re.match(r"^[a-z]{2}$", code or "") else "en"

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

    def _input_names(self):
        """Readable names of the input layers of the sample data that go on a map."""
        return {
            "residual_heat": self.tr("Residual heat (sources)"),
            "heat_supply_fixed": self.tr("Fixed heat supply"),
            "heat_demand_wijken": self.tr("Heat demand per district"),
        }

    def display_names(self):
        """Output layer name -> readable, translated name: '<group>: <output>'.

        The output name is the stem of the output's style (quaypotential_segments) or
        '<algorithm>_<key>' as in runstrategy; the readable name is the output's description
        in a fresh instance of the algorithm (so in the language QGIS runs in)."""
        names = dict(self._input_names())
        registry = QgsApplication.processingRegistry()
        provider = registry.providerById("bronnenstrategie")
        if provider is None:
            return names
        for alg in provider.algorithms():
            fresh = registry.createAlgorithmById(alg.id())
            if fresh is None:
                continue
            styles = getattr(alg, "STYLES", {}) or {}
            group = fresh.group()
            for dest in fresh.destinationParameterDefinitions():
                key = dest.name()
                if key in styles:
                    stem = Path(styles[key]).stem
                else:
                    suffix = key.lower()
                    suffix = suffix[len("output_") :] if suffix.startswith("output_") else suffix
                    stem = f"{alg.name()}_{suffix}"
                text = dest.description()
                if group and not text.lower().startswith(group.lower()):
                    text = f"{group}: {text}"
                names.setdefault(stem, text)
        return names

    def _heading(self, name, unit=None):
        """Readable column heading of a field (with its unit)."""
        headings = {
            "rank": self.tr("Rank"),
            "name": self.tr("Name"),
            "naam": self.tr("Name"),
            "location": self.tr("Location"),
            "category": self.tr("Category"),
            "kind": self.tr("Kind"),
            "doublets": self.tr("Doublets"),
            "power_mw": self.tr("Power (MW)"),
            "heat_tj": self.tr("Heat (TJ/yr)"),
            "homes": self.tr("Homes"),
            "seg_id": self.tr("Segment"),
            "quay_id": self.tr("Quay"),
            "length_m": self.tr("Length (m)"),
            "delivered_gj": self.tr("Delivered (GJ/yr)"),
            "source_gj": self.tr("Source (GJ/yr)"),
            "matched_gj": self.tr("Matched to demand (GJ/yr)"),
            "electricity_gj": self.tr("Electricity (GJ/yr)"),
            "demand_gj": self.tr("Demand (GJ/yr)"),
            "renovation_year": self.tr("Renovation"),
            "score": self.tr("Score"),
            "area_m2": self.tr("Area (m²)"),
            "water_area_m2": self.tr("Water area (m²)"),
            "why": self.tr("Why"),
            "n_wells": self.tr("Wells"),
            "n_systems": self.tr("Systems"),
            "density_km2": self.tr("Wells per km²"),
            "usage_fraction": self.tr("Aquifer use (fraction)"),
            "n_conflicts": self.tr("Conflicts"),
            "area_ha": self.tr("Area (ha)"),
            "criteria": self.tr("Criteria"),
            "name_a": self.tr("Claim A"),
            "name_b": self.tr("Claim B"),
            "type_a": self.tr("Type A"),
            "type_b": self.tr("Type B"),
            "overlap_m2": self.tr("Overlap (m²)"),
            "depth_overlap": self.tr("Depth overlap"),
            "advice": self.tr("Advice"),
            "dist_main": self.tr("To the main (m)"),
            "dist_network": self.tr("To the network (m)"),
            "flow_m3_day": self.tr("Flow (m³/day)"),
            "delta_t": self.tr("ΔT (K)"),
            "mw_avg": self.tr("Mean power (MW)"),
            "r_cold_front": self.tr("Cold front (m)"),
            "wijk_code": self.tr("District code"),
            "class": self.tr("Class"),
            "demand": self.tr("Demand"),
            "supply": self.tr("Supply"),
            "received": self.tr("Received (cascade)"),
            "passed_on": self.tr("Passed on (cascade)"),
            "supply_used": self.tr("Supply used"),
            "balance": self.tr("Balance"),
            "deficit": self.tr("Deficit"),
            "deficit_pct": self.tr("Deficit (% of demand)"),
            "unit": self.tr("Unit"),
            "ht_balance": self.tr("HT balance"),
            "mt_balance": self.tr("MT balance"),
            "lt_balance": self.tr("LT balance"),
            "ht_tj": self.tr("HT demand (TJ)"),
            "mt_tj": self.tr("MT demand (TJ)"),
            "lt_tj": self.tr("LT demand (TJ)"),
            "total_tj": self.tr("Total demand (TJ)"),
        }
        key = name.lower()
        text = headings.get(key)
        if text is None:
            text = name.replace("_", " ")
            text = text[:1].upper() + text[1:]
        if unit and UNIT_FIELDS.match(key):
            text = f"{text} ({unit})"
        return text

    # -- layout helpers -------------------------------------------------------------
    def _label(self, layout, page, text, x, y, w, h, size=11, bold=False, color="#222222"):
        label = QgsLayoutItemLabel(layout)
        label.setText(text)
        font = QFont("Sans Serif")
        font.setPointSizeF(size)
        font.setBold(bold)
        set_label_font(label, font, QColor(color))
        label.setMode(QgsLayoutItemLabel.Mode.ModeFont)
        layout.addLayoutItem(label)
        label.attemptMove(
            QgsLayoutPoint(x, y, QgsUnitTypes.LayoutUnit.LayoutMillimeters), page=page
        )
        label.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
        return label

    def _new_page(self, layout):
        page = QgsLayoutItemPage(layout)
        page.setPageSize("A4", QgsLayoutItemPage.Orientation.Landscape)
        layout.pageCollection().addPage(page)
        return layout.pageCollection().pageCount() - 1

    @staticmethod
    def _layer_unit(layer):
        """The single value of the layer's field 'unit' (PJ, TJ, GJ), or None."""
        index = layer.fields().lookupField("unit")
        if index < 0:
            return None
        values = {
            v
            for v in layer.uniqueValues(index)
            if v not in (None, "") and not (hasattr(v, "isNull") and v.isNull())
        }
        return str(values.pop()) if len(values) == 1 else None

    def _value_labels(self):
        """Readable names of codes in the tables: field -> {code: text}."""
        from qgis.PyQt.QtCore import QCoreApplication

        from ...core.claim_schema import CLAIM_TYPES

        claim_types = {
            code: QCoreApplication.translate("Ruimteclaims", text)
            for code, text in CLAIM_TYPES.items()
        }
        return {
            "kind": {
                "permanent_site": self.tr("permanent site"),
                "drilling_site": self.tr("drilling site"),
                "search_area": self.tr("search area"),
            },
            "class": {"total": self.tr("total")},
            "type_a": claim_types,
            "type_b": claim_types,
        }

    def _legend_labels(self):
        """The legend texts of the plugin's styles in the report's language."""
        return {
            "Boorterrein (drilling site)": self.tr("Boorterrein (drilling site)"),
            "Permanent terrein (permanent site)": self.tr("Permanent terrein (permanent site)"),
            "Zoekgebied (search area)": self.tr("Zoekgebied (search area)"),
            "0 operationeel (operational)": self.tr("0 operationeel (operational)"),
            "1 aangewezen locatie (designated)": self.tr("1 aangewezen locatie (designated)"),
            "2 zoeklocatie (search location)": self.tr("2 zoeklocatie (search location)"),
            "3 zoeklocatie (search location)": self.tr("3 zoeklocatie (search location)"),
            "onbekend (unknown)": self.tr("onbekend (unknown)"),
            "0 GJ/yr (no water in reach)": self.tr("0 GJ/yr (no water in reach)"),
            "same system (warm-cold)": self.tr("same system (warm-cold)"),
            "opposite temperature": self.tr("opposite temperature"),
            "same temperature": self.tr("same temperature"),
            "closed - closed": self.tr("closed - closed"),
            "closed loop - open well": self.tr("closed loop - open well"),
            "system footprints overlap": self.tr("system footprints overlap"),
            "outside": self.tr("outside"),
            "wrong_zone": self.tr("wrong zone"),
            # Dutch texts of the styles: English sources, so an English report says them
            # in English and a Dutch one as the style does
            "geen tekort": self.tr("no deficit"),
            "tekort 0-25 % van de vraag": self.tr("deficit 0-25 % of the demand"),
            "tekort 25-50 %": self.tr("deficit 25-50 %"),
            "tekort 50-75 %": self.tr("deficit 50-75 %"),
            "tekort 75-100 %": self.tr("deficit 75-100 %"),
            "warm": self.tr("warm"),
            "koud": self.tr("cold"),
        }

    def legend_text(self, text, lang=None):
        """A legend text in the report's language: known style texts translated, else
        'GJ/yr' and the numbers in the language's form (1,500 -> 1.500 in Dutch)."""
        known = self._legend_labels().get(text)
        if known is not None:
            return known
        lang = lang or self.language()
        if lang == "en":
            return text
        locale = QLocale(lang)

        def number(match):
            raw = match.group(0)
            decimals = len(raw.split(".")[1]) if "." in raw else 0
            return locale.toString(float(raw.replace(",", "")), "f", decimals)

        text = re.sub(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+", number, text)
        return text.replace("GJ/yr", self.tr("GJ/yr"))

    def _columns(self, layer, max_columns, lang, preferred=()):
        """The table columns of a layer: readable headings, rounded and right-aligned
        numbers, wrapped long texts."""
        fields = layer.fields()
        unit = self._layer_unit(layer)
        hidden = set(HIDDEN_FIELDS) | ({"unit"} if unit else set())
        names = [f.name() for f in fields if f.name().lower() not in hidden]
        lower = {n.lower(): n for n in names}
        chosen = [lower[p] for p in tuple(preferred) + PREFERRED_FIELDS if p in lower]
        chosen = list(dict.fromkeys(chosen))
        chosen += [n for n in names if n not in chosen]
        chosen = chosen[:max_columns]
        # longest text per text field (first features), for wrapping
        texts = [n for n in chosen if not fields.field(n).isNumeric()]
        longest = dict.fromkeys(texts, 0)
        if texts:
            request = (
                QgsFeatureRequest()
                .setLimit(500)
                .setFlags(QgsFeatureRequest.Flag.NoGeometry)
                .setSubsetOfAttributes(texts, fields)
            )
            for feature in layer.getFeatures(request):
                for n in texts:
                    value = feature[n]
                    if value is not None and not (hasattr(value, "isNull") and value.isNull()):
                        longest[n] = max(longest[n], len(str(value)))
        columns = []
        for name in chosen:
            field = fields.field(name)
            column = QgsLayoutTableColumn()
            column.setHeading(self._heading(name, unit))
            ref = QgsExpression.quotedColumnRef(name)
            if field.isNumeric():
                column.setHAlignment(Qt.AlignmentFlag.AlignRight)
                if field.type() in (6, 38):  # QVariant.Double, QMetaType.Float
                    column.setAttribute(
                        f"format_number({ref}, {decimals_for(name, unit)}, '{lang}')"
                    )
                elif name.lower() in ("homes",):
                    column.setAttribute(f"format_number({ref}, 0, '{lang}')")
                else:  # ids, years, counts, ranks: as they are
                    column.setAttribute(name)
            else:
                labels = self._value_labels().get(name.lower())
                if labels:  # codes as words (kind: permanent_site -> permanent site)
                    column.setAttribute(
                        "CASE {} ELSE {} END".format(
                            " ".join(
                                f"WHEN {ref} = {QgsExpression.quotedString(code)} THEN "
                                f"{QgsExpression.quotedString(text)}"
                                for code, text in labels.items()
                            ),
                            ref,
                        )
                    )
                else:
                    column.setAttribute(name)
                if longest.get(name, 0) > 36:
                    # 7 pt letters are about 1.3 mm wide; wrap long texts at most 70 mm wide
                    column.setWidth(min(70.0, 1.3 * longest[name]))
            columns.append(column)
        return columns

    def _table(
        self,
        layout,
        page,
        layer,
        x,
        y,
        w,
        h,
        max_rows,
        max_columns,
        lang,
        preferred=(),
        title=None,
        repeat=True,
    ):
        """An attribute table in a frame; with ``repeat`` it continues on new pages."""
        table = QgsLayoutItemAttributeTable.create(layout)
        table.setVectorLayer(layer)
        columns = self._columns(layer, max_columns, lang, preferred)
        self._set_columns(table, columns)
        if layer.fields().lookupField("rank") >= 0:
            if hasattr(table, "setSortColumns"):  # QGIS >= 3.16 with separate sort columns
                sort = QgsLayoutTableColumn()
                sort.setAttribute("rank")
                sort.setSortOrder(Qt.SortOrder.AscendingOrder)
                table.setSortColumns([sort])
            else:
                for column in columns:
                    if column.attribute() == "rank":
                        column.setSortByRank(1)
                        column.setSortOrder(Qt.SortOrder.AscendingOrder)
                self._set_columns(table, columns)
        table.setMaximumNumberOfFeatures(max_rows)
        table.setResizeMode(
            QgsLayoutMultiFrame.ResizeMode.RepeatUntilFinished
            if repeat
            else QgsLayoutMultiFrame.ResizeMode.UseExistingFrames
        )
        table.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)
        table.setEmptyTableBehavior(QgsLayoutTable.EmptyTableMode.ShowMessage)
        table.setEmptyTableMessage(self.tr("No features."))
        for bold, setter in (
            (False, table.setContentTextFormat),
            (True, table.setHeaderTextFormat),
        ):
            text_format = QgsTextFormat()
            font = QFont("Sans Serif")
            font.setBold(bold)
            text_format.setFont(font)
            text_format.setSize(7)
            text_format.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
            text_format.setColor(QColor("#222222"))
            setter(text_format)
        table.setHeaderHAlignment(QgsLayoutTable.HeaderHAlignment.FollowColumn)
        table.setGridStrokeWidth(0.2)
        table.setGridColor(QColor("#9a9a9a"))
        table.setCellMargin(0.8)
        layout.addMultiFrame(table)
        frame = QgsLayoutFrame(layout, table)
        frame.attemptMove(
            QgsLayoutPoint(x, y, QgsUnitTypes.LayoutUnit.LayoutMillimeters), page=page
        )
        frame.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
        table.addFrame(frame, False)
        table.refresh()
        # too wide for the page: narrow the wrapped columns, then leave columns off
        while table.totalWidth() > w and len(columns) > 1:
            wide = [c for c in columns if c.width() > 30]
            if wide:
                for column in wide:
                    column.setWidth(max(30.0, column.width() * 0.8))
            else:
                columns = columns[:-1]
            self._set_columns(table, columns)
            table.refresh()
        table.recalculateFrameSizes()
        if title:
            for i in range(1, table.frameCount()):
                self._label(
                    layout,
                    table.frame(i).page(),
                    self.tr("{title} (continued)").format(title=title),
                    MARGIN,
                    8,
                    PAGE_W - 2 * MARGIN,
                    10,
                    14,
                    True,
                )
        return table

    @staticmethod
    def _set_columns(table, columns):
        table.setColumns(columns)
        if hasattr(table, "setDisplayColumns"):
            table.setDisplayColumns(columns)
        table.refreshAttributes()

    @staticmethod
    def _style(layer, name):
        qml = STYLE_DIR / f"{name}.qml"
        if qml.exists():
            layer.loadNamedStyle(str(qml))

    @staticmethod
    def _label_once(layer):
        """Label each distinct text once, and never with an empty or 'unknown' text."""
        labeling = layer.labeling()
        if not layer.labelsEnabled() or not isinstance(labeling, QgsVectorLayerSimpleLabeling):
            return
        settings = QgsPalLayerSettings(labeling.settings())
        text = (
            settings.fieldName
            if settings.isExpression
            else QgsExpression.quotedColumnRef(settings.fieldName)
        )
        if not text:
            return
        empty = ", ".join(QgsExpression.quotedString(v) for v in EMPTY_LABELS)
        settings.fieldName = (
            f"with_variable('lbl', to_string({text}), CASE WHEN @lbl IS NULL OR "
            f"lower(trim(@lbl)) IN ({empty}) THEN NULL WHEN $id = minimum($id, "
            f"group_by:=to_string({text})) THEN @lbl END)"
        )
        settings.isExpression = True
        layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))

    def _fit_legend(self, legend, max_w, max_h):
        """Smaller letters, wrapped texts and columns until the legend fits max_w x max_h."""
        model = legend.model()
        root = model.rootGroup()
        originals = {}
        for node in root.findLayers():
            title = node.layer().name() if node.layer() else node.name()
            # every legend entry of the layer in its original order (the user labels are
            # kept by original index; the model's own list is filtered by the map)
            nodes = (
                node.layer().legend().createLayerTreeModelLegendNodes(node)
                if node.layer() and node.layer().legend()
                else []
            )
            entries = [
                self.legend_text(str(leg.data(Qt.ItemDataRole.DisplayRole) or "")) for leg in nodes
            ]
            originals[node] = (title, entries)
        # QGIS sizes a legend only after it was painted once (it needs the map's scale)
        image = QImage(8, 8, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        legend.paint(painter, QStyleOptionGraphicsItem(), None)
        painter.end()
        attempts = (
            (8, 1),
            (7, 1),
            (8, 2),
            (7, 2),
            (6.5, 2),
            (6, 2),
            (6, 3),
            (5.5, 3),
            (5, 3),
            (5, 4),
        )
        for size, columns in attempts:
            col_w = (max_w - (columns - 1) * 3.0) / columns
            title_chars = max(8, int(col_w / (0.19 * (size + 1))))
            entry_chars = max(8, int((col_w - 7.0) / (0.18 * size)))
            for node, (title, entries) in originals.items():
                node.setCustomProperty(
                    "legend/title-label",
                    "\n".join(textwrap.wrap(title, title_chars, break_long_words=False)) or title,
                )
                for i, text in enumerate(entries):
                    if text:
                        QgsMapLayerLegendUtils.setLegendNodeUserLabel(
                            node,
                            i,
                            "\n".join(textwrap.wrap(text, entry_chars, break_long_words=False))
                            or text,
                        )
                model.refreshLayerLegend(node)
            # a refresh drops the map filter's result on newer QGIS: filter again
            filter_legend_by_map(legend)
            for style, extra, bold in (
                (QgsLegendStyle.Style.Title, 3, False),
                (QgsLegendStyle.Style.Group, 1, True),
                (QgsLegendStyle.Style.Subgroup, 1, True),
                (QgsLegendStyle.Style.SymbolLabel, 0, False),
            ):
                font = QFont("Sans Serif")
                font.setPointSizeF(size + extra)
                font.setBold(bold)
                set_legend_style_font(legend, style, font)
            legend.setSymbolWidth(min(7.0, size * 0.8))
            legend.setSymbolHeight(min(4.0, size * 0.5))
            legend.setColumnCount(columns)
            legend.setSplitLayer(columns > 1)
            legend.setEqualColumnWidth(columns > 1)
            legend.adjustBoxSize()
            size_mm = legend.sizeWithUnits()
            if size_mm.width() <= max_w and size_mm.height() <= max_h:
                return True
        return False

    def _map_page(
        self,
        layout,
        project,
        heading,
        layers,
        crs,
        extent,
        feedback,
        note=None,
        context=(),
        background=None,
    ):
        """A page with a map, its legend (right), scale bar and north arrow."""
        page = self._new_page(layout)
        self._label(layout, page, heading, MARGIN, 8, PAGE_W - 2 * MARGIN, 10, 16, True)
        map_item = QgsLayoutItemMap(layout)
        map_item.setCrs(crs)
        map_item.setLayers(
            list(layers) + list(context) + ([background] if background is not None else [])
        )
        map_item.setBackgroundColor(QColor("#ffffff" if background is not None else "#f4f1ea"))
        map_item.setFrameEnabled(True)
        layout.addLayoutItem(map_item)
        map_item.attemptMove(
            QgsLayoutPoint(MAP_X, MAP_Y, QgsUnitTypes.LayoutUnit.LayoutMillimeters), page=page
        )
        map_item.attemptResize(
            QgsLayoutSize(MAP_W, MAP_H, QgsUnitTypes.LayoutUnit.LayoutMillimeters)
        )
        if extent is None or extent.isEmpty():
            feedback.pushWarning(self.tr("The map is empty: no map layer has features."))
            extent = QgsRectangle(74000, 449000, 87000, 459000)
        extent = self._fit_to_map(extent)
        map_item.setExtent(extent)
        legend = self._map_legend(layout, page, map_item, list(layers) + list(context), feedback)
        self._scale_bar(layout, page, map_item, extent)
        north = QgsLayoutItemPicture(layout)
        north.setPicturePath(str(ICONS / "north_arrow.svg"))
        layout.addLayoutItem(north)
        north.attemptMove(
            QgsLayoutPoint(
                MAP_X + MAP_W - 14, MAP_Y + 4, QgsUnitTypes.LayoutUnit.LayoutMillimeters
            ),
            page=page,
        )
        north.attemptResize(QgsLayoutSize(10, 15, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
        if background is not None:
            text = self.tr("Background: {name}. CRS: {crs}.").format(
                name=background.name(), crs=crs.authid()
            )
        else:
            text = self.tr("Background: none (plain). CRS: {crs}.").format(crs=crs.authid())
        if note:
            text = f"{note} {text}"
        self._label(layout, page, text, MAP_X, MAP_Y + MAP_H + 2, MAP_W, 8, 7, color="#777777")
        return map_item, legend

    @staticmethod
    def _fit_to_map(extent):
        """The extent 5 % larger, grown to the map's shape (zoomToExtent is unreliable
        headless)."""
        extent = QgsRectangle(extent)
        extent.scale(1.05)
        ratio = MAP_W / MAP_H
        if extent.width() / max(extent.height(), 1e-9) > ratio:
            grow = extent.width() / ratio - extent.height()
            extent.setYMinimum(extent.yMinimum() - grow / 2)
            extent.setYMaximum(extent.yMaximum() + grow / 2)
        else:
            grow = extent.height() * ratio - extent.width()
            extent.setXMinimum(extent.xMinimum() - grow / 2)
            extent.setXMaximum(extent.xMaximum() + grow / 2)
        return extent

    def _map_legend(self, layout, page, map_item, layers, feedback):
        """The legend of the map's layers, right of the map, fitted to its room."""
        legend = QgsLayoutItemLegend(layout)
        legend.setTitle(self.tr("Legend"))
        legend.setLinkedMap(map_item)
        legend.setAutoUpdateModel(False)
        root = QgsLayerTree()
        for lyr in layers:
            root.addLayer(lyr)
        legend.model().setRootGroup(root)
        legend._root = root
        legend.setLegendFilterByMapEnabled(True)
        legend.setResizeToContents(True)
        legend.setBoxSpace(1.5)
        layout.addLayoutItem(legend)
        legend.attemptMove(
            QgsLayoutPoint(LEGEND_X, MAP_Y, QgsUnitTypes.LayoutUnit.LayoutMillimeters), page=page
        )
        filter_legend_by_map(legend)
        if not self._fit_legend(legend, LEGEND_W, LEGEND_H):
            feedback.pushWarning(
                self.tr(
                    "The legend does not fit next to the map; it is cut "
                    "off at the bottom of the page."
                )
            )
            legend.setResizeToContents(False)
            legend.attemptResize(
                QgsLayoutSize(LEGEND_W, LEGEND_H, QgsUnitTypes.LayoutUnit.LayoutMillimeters)
            )
        return legend

    @staticmethod
    def _scale_bar(layout, page, map_item, extent):
        """A scale bar in km at the map's lower left, a segment about a tenth of the
        map's width."""
        scalebar = QgsLayoutItemScaleBar(layout)
        scalebar.setStyle("Single Box")
        scalebar.setLinkedMap(map_item)
        scalebar.applyDefaultSize()
        scalebar.setUnits(QgsUnitTypes.DistanceUnit.DistanceKilometers)
        scalebar.setUnitLabel("km")
        scalebar.setNumberOfSegments(3)
        scalebar.setNumberOfSegmentsLeft(0)
        tenth = extent.width() / 1000.0 / 10.0
        nice = [v for v in (0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10, 20, 25, 50, 100) if v <= tenth]
        scalebar.setUnitsPerSegment(nice[-1] if nice else 0.1)
        scalebar.setBackgroundEnabled(True)
        layout.addLayoutItem(scalebar)
        scalebar.attemptMove(
            QgsLayoutPoint(
                MAP_X + 4, MAP_Y + MAP_H - 14, QgsUnitTypes.LayoutUnit.LayoutMillimeters
            ),
            page=page,
        )
        scalebar.update()

    # -- the report -------------------------------------------------------------------
    def build_layout(
        self,
        layers,
        tables=(),
        balance=None,
        chart=None,
        title=None,
        municipality="Gemeente Den Haag",
        crs=None,
        extent=None,
        max_rows=20,
        max_columns=8,
        balance_areas=None,
        feedback=None,
        transform_context=None,
        outline=None,
        water=(),
        basemap=None,
        input_data=None,
    ):
        """The report as a QgsLayout (kept alive with its project and layers)."""
        if feedback is None:
            from qgis.core import QgsProcessingFeedback

            feedback = QgsProcessingFeedback()
        if crs is None or not crs.isValid():
            crs = QgsCoordinateReferenceSystem("EPSG:28992")
        transform_context = transform_context or QgsCoordinateTransformContext()
        title = title if title is not None else self.tr("Heat source strategy")
        lang = self.language()
        names = self.display_names()
        titles = self._titles()
        parts = self._layout_layers(
            layers, balance_areas, names, outline, water, basemap, crs, transform_context
        )
        feedback.setProgress(5)
        raise_if_canceled(feedback)
        layout = QgsLayout(parts.project)
        layout._keep = (
            parts.project,
            parts.map_layers,
            parts.area_layers,
            parts.context,
            parts.background,
        )  # keep alive
        layout.initializeDefaults()  # one A4 page
        layout.pageCollection().page(0).setPageSize("A4", QgsLayoutItemPage.Orientation.Landscape)
        self._title_page(
            layout,
            parts,
            layers,
            tables,
            balance,
            chart,
            outline,
            water,
            title,
            municipality,
            lang,
            input_data,
            names,
            titles,
        )
        extent = (
            extent
            if extent is not None
            else self._extent(
                (parts.map_layers or parts.area_layers) + parts.context[:1], crs, transform_context
            )
        )
        raise_if_canceled(feedback)
        self._map_page(
            layout,
            parts.project,
            self.tr("Heat sources and spatial claims"),
            parts.map_layers,
            crs,
            extent,
            feedback,
            context=parts.context,
            background=parts.background,
        )
        feedback.setProgress(20)
        raise_if_canceled(feedback)
        if balance is not None or chart:
            self._balance_page(layout, balance, chart, lang)
        feedback.setProgress(25)
        raise_if_canceled(feedback)
        if parts.area_layers:
            area_extent = self._extent(parts.area_layers, crs, transform_context)
            self._map_page(
                layout,
                parts.project,
                self.tr("Heat balance per area"),
                parts.area_layers,
                crs,
                area_extent,
                feedback,
                note=self.tr(
                    "Deficit: the share of the demand that the supply "
                    "in or near the area does not meet."
                ),
            )
        feedback.setProgress(30)
        raise_if_canceled(feedback)
        self._table_pages(layout, tables, titles, names, max_rows, max_columns, lang, feedback)
        self._footers(layout, title, municipality, lang)
        feedback.setProgress(60)
        raise_if_canceled(feedback)
        return layout

    def _layout_layers(
        self, layers, balance_areas, names, outline, water, basemap, crs, transform_context
    ):
        """The layers of the report in a project of their own (_LayoutLayers): copies, so
        the user's layers keep their styles; a heat balance per area among the map
        layers goes to its own map; empty layers are left off the map."""
        project = QgsProject()
        project.setCrs(crs)
        map_layers, area_layers = [], []
        for lyr in layers:
            if lyr.name() == "heatbalance_areas" and balance_areas is None:
                balance_areas = lyr
                continue
            map_layers.append(self._map_copy(lyr, names))
        if balance_areas is not None:
            area_layers.append(self._map_copy(balance_areas, names, "heatbalance_areas"))
        map_layers = [lyr for lyr in map_layers if lyr.featureCount() != 0]
        context = self._context_layers(outline, water, crs, transform_context)
        background = basemap.clone() if basemap is not None else None
        project.addMapLayers(
            map_layers + area_layers + context + ([background] if background else []), False
        )
        return _LayoutLayers(project, map_layers, area_layers, context, background)

    def _title_page(
        self,
        layout,
        parts,
        layers,
        tables,
        balance,
        chart,
        outline,
        water,
        title,
        municipality,
        lang,
        input_data,
        names,
        titles,
    ):
        """The cover: title, contents and the input data (by default the layers' files)."""
        contents = [self.tr("Map of heat sources and spatial claims")]
        if balance is not None or chart:
            contents.append(self.tr("Heat balance by temperature class"))
        if parts.area_layers:
            contents.append(self.tr("Map of the heat balance per area"))
        contents += [titles.get(t.name(), names.get(t.name(), t.name())) for t in tables]
        if input_data is None:
            input_data = self.input_files(
                list(layers) + list(tables) + [balance, outline] + list(water or ())
            )
        self._cover(layout, title, municipality, lang, contents, input_data)

    def _balance_page(self, layout, balance, chart, lang):
        """The heat balance: the chart, the table and a note on the classes."""
        page = self._new_page(layout)
        self._label(
            layout,
            page,
            self.tr("Heat balance by temperature class"),
            MARGIN,
            8,
            PAGE_W - 2 * MARGIN,
            10,
            16,
            True,
        )
        if chart:
            picture = QgsLayoutItemPicture(layout)
            picture.setPicturePath(str(chart))
            picture.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
            layout.addLayoutItem(picture)
            picture.attemptMove(
                QgsLayoutPoint(MARGIN, 22, QgsUnitTypes.LayoutUnit.LayoutMillimeters), page=page
            )
            picture.attemptResize(
                QgsLayoutSize(165, 105, QgsUnitTypes.LayoutUnit.LayoutMillimeters)
            )
        if balance is not None:
            self._table(
                layout,
                page,
                balance,
                MARGIN,
                132,
                PAGE_W - 2 * MARGIN,
                PAGE_H - 132 - MARGIN,
                10,
                10,
                lang,
                repeat=False,
            )
        self._label(
            layout,
            page,
            self.tr(
                "HT > 70 °C, MT 50-70 °C, LT < 50 °C. Negative balance: deficit. With the "
                "cascade a surplus at a higher temperature serves a lower one, never the "
                "other way round."
            ),
            185,
            24,
            PAGE_W - 185 - MARGIN,
            60,
            9,
        )

    def _table_pages(self, layout, tables, titles, names, max_rows, max_columns, lang, feedback):
        """The tables one after the other, several on a page when they fit; a table that
        does not fit the rest of a page starts a new one (and continues on further pages
        when long)."""
        cursor = None  # (page, y) where the next table may start
        for i, lyr in enumerate(tables):
            raise_if_canceled(feedback)
            feedback.setProgress(30 + 30 * i / len(tables))
            name = titles.get(lyr.name(), names.get(lyr.name(), lyr.name()))
            cursor = self._table_block(layout, lyr, name, cursor, max_rows, max_columns, lang)

    def _cover(self, layout, title, municipality, lang, contents, input_data):
        """The title page: title, municipality, date, contents and the input data."""
        date = QLocale(lang).toString(QDate.currentDate(), QLocale.FormatType.LongFormat)
        self._label(layout, 0, title, MARGIN, 55, PAGE_W - 2 * MARGIN, 20, 28, True)
        self._label(layout, 0, municipality, MARGIN, 80, PAGE_W - 2 * MARGIN, 12, 16)
        self._label(layout, 0, date, MARGIN, 94, PAGE_W - 2 * MARGIN, 10, 12, color="#555555")
        self._label(
            layout,
            0,
            "\n".join("• " + c for c in contents),
            MARGIN,
            108,
            PAGE_W - 2 * MARGIN,
            58,
            11,
        )
        if input_data:
            self._label(
                layout,
                0,
                self.tr("Input data: {data}").format(data=input_data),
                MARGIN,
                168,
                PAGE_W - 2 * MARGIN,
                18,
                9,
                color="#333333",
            )
        self._label(
            layout,
            0,
            self.tr(
                "Made with the Bronnenstrategie QGIS plugin. The "
                "figures are computed from the input data and the "
                "stated assumptions; they are not a decision."
            ),
            MARGIN,
            PAGE_H - 22,
            PAGE_W - 2 * MARGIN,
            10,
            8,
            color="#777777",
        )

    def _table_block(self, layout, lyr, name, cursor, max_rows, max_columns, lang):
        """A table with its title and note at ``cursor`` (page, y) when it fits the rest
        of that page, else on a new page; returns the cursor after it (None: the next
        table starts on a new page)."""
        n = lyr.featureCount()
        if n == 0:
            note = self.tr("No features.")
        elif n > max_rows:
            note = self.tr("{n} features; the first {m} are shown.").format(n=n, m=max_rows)
        else:
            note = self.tr("{n} features.").format(n=n)
        preferred = PREFERRED_BY_LAYER.get(lyr.name(), ())
        if cursor is not None and TABLE_BOTTOM - cursor[1] >= TABLE_MIN_ROOM:
            page, y = cursor
            items = [
                self._label(layout, page, name, MARGIN, y, PAGE_W - 2 * MARGIN, 9, 13, True),
                self._label(
                    layout, page, note, MARGIN, y + 9, PAGE_W - 2 * MARGIN, 6, 8, color="#555555"
                ),
            ]
            height = TABLE_BOTTOM - (y + 16)
            table = self._table(
                layout,
                page,
                lyr,
                MARGIN,
                y + 16,
                PAGE_W - 2 * MARGIN,
                height,
                max_rows,
                max_columns,
                lang,
                preferred=preferred,
                repeat=False,
            )
            if table.totalHeight() <= height + 0.01:  # every row fits
                needed = self._shrink(table)
                return page, y + 16 + needed + TABLE_GAP
            # does not fit: take it off this page, and start on a new one
            for frame in [table.frame(k) for k in range(table.frameCount())]:
                layout.removeLayoutItem(frame)
            layout.removeMultiFrame(table)
            for item in items:
                layout.removeLayoutItem(item)
        page = self._new_page(layout)
        self._label(layout, page, name, MARGIN, 8, PAGE_W - 2 * MARGIN, 10, 16, True)
        self._label(layout, page, note, MARGIN, 18, PAGE_W - 2 * MARGIN, 6, 8, color="#555555")
        table = self._table(
            layout,
            page,
            lyr,
            MARGIN,
            26,
            PAGE_W - 2 * MARGIN,
            TABLE_BOTTOM - 26,
            max_rows,
            max_columns,
            lang,
            preferred=preferred,
            title=name,
        )
        if table.frameCount() == 1 and table.totalHeight() <= TABLE_BOTTOM - 26 + 0.01:
            return page, 26 + self._shrink(table) + TABLE_GAP
        return None

    @staticmethod
    def _shrink(table):
        """The (single) frame of a table made only as high as its rows need (to 0.5 mm);
        returns that height. A table's totalHeight() is its frames' height while every
        row fits, so the least fitting height is searched."""
        frame = table.frame(0)
        width = frame.rect().width()

        def fits(height):
            frame.attemptResize(
                QgsLayoutSize(width, height, QgsUnitTypes.LayoutUnit.LayoutMillimeters)
            )
            return table.totalHeight() <= height + 0.01

        low, high = 3.0, frame.rect().height()
        while high - low > 0.5:
            mid = (low + high) / 2.0
            if fits(mid):
                high = mid
            else:
                low = mid
        fits(high + 0.3)
        return high + 0.3

    def _footers(self, layout, title, municipality, lang):
        """Page number, date, title and municipality at the foot of every page."""
        pages = layout.pageCollection()
        total = pages.pageCount()
        date = QLocale(lang).toString(QDate.currentDate(), "d MMMM yyyy")
        left = " · ".join(t for t in (title, municipality, date) if t)
        for page in range(total):
            self._label(layout, page, left, MARGIN, FOOTER_Y + 2, 200, 5, 7, color="#777777")
            label = self._label(
                layout,
                page,
                self.tr("Page {n} of {total}").format(n=page + 1, total=total),
                PAGE_W - MARGIN - 50,
                FOOTER_Y + 2,
                50,
                5,
                7,
                color="#777777",
            )
            label.setHAlign(Qt.AlignmentFlag.AlignRight)

    def input_files(self, layers):
        """The files the layers come from, as text ("a.gpkg, b.shp"); memory layers and
        temporary outputs are left out."""
        import tempfile

        found = []
        temp = str(Path(tempfile.gettempdir()).resolve())
        for lyr in layers:
            if lyr is None or not isinstance(lyr, QgsVectorLayer):
                continue
            if lyr.providerType() not in ("ogr", "spatialite", "delimitedtext"):
                continue
            path = lyr.source().split("|")[0].split("?")[0]
            if path.startswith("file://"):
                path = path[len("file://") :]
            if not path or str(Path(path).resolve()).startswith(temp + "/processing"):
                continue
            found.append(Path(path).name)
        return ", ".join(dict.fromkeys(found))

    def _context_layers(self, outline, water, crs, transform_context):
        """Memory layers under the map: the outline of ``outline`` (merged) and the water
        polygons of ``water`` (one layer), with simple styles and readable names."""
        from qgis.core import QgsFillSymbol, QgsGeometry, QgsSingleSymbolRenderer

        out = []

        def polygons(layer):
            to_crs = QgsCoordinateTransform(layer.crs(), crs, transform_context)
            for feature in layer.getFeatures():
                g = QgsGeometry(feature.geometry())
                if g.isNull() or g.isEmpty():
                    continue
                try:
                    g.transform(to_crs)
                except Exception:  # noqa: BLE001 - QgsCsException: left out
                    continue
                yield g.makeValid() if not g.isGeosValid() else g

        def memory(name, geometries, symbol):
            layer = QgsVectorLayer(f"MultiPolygon?crs={crs.authid()}", name, "memory")
            features = []
            for g in geometries:
                f = QgsFeature()
                g.convertToMultiType()
                f.setGeometry(g)
                features.append(f)
            layer.dataProvider().addFeatures(features)
            layer.updateExtents()
            layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(symbol)))
            return layer

        if outline is not None and outline.featureCount():
            merged = QgsGeometry.unaryUnion(list(polygons(outline)))
            if merged is not None and not merged.isEmpty():
                out.append(
                    memory(
                        self.tr("Municipality boundary"),
                        [merged],
                        {
                            "style": "no",
                            "outline_color": OUTLINE_COLOR,
                            "outline_width": "0.6",
                            "outline_style": "dash",
                            "outline_width_unit": "MM",
                        },
                    )
                )
        shapes = [g for lyr in (water or ()) if lyr is not None for g in polygons(lyr)]
        if shapes:
            out.append(
                memory(self.tr("Water"), shapes, {"color": WATER_COLOR, "outline_style": "no"})
            )
        return out

    def _map_copy(self, layer, names, name=None):
        """A copy of a layer for the map: the plugin's style, a readable name, labels once."""
        name = name or layer.name()
        copy = layer.clone()
        self._style(copy, name)
        copy.setName(names.get(name, name))
        if name in MAP_OPACITY:
            copy.setOpacity(MAP_OPACITY[name])
        self._label_once(copy)
        return copy

    # -- processing ---------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        out = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not out:
            raise QgsProcessingException(self.tr("Give the path of the PDF to write."))
        layers = [
            lyr
            for lyr in (self.parameterAsLayerList(parameters, self.LAYERS, context) or [])
            if isinstance(lyr, QgsVectorLayer) and lyr.isSpatial()
        ]
        tables = [
            lyr
            for lyr in (self.parameterAsLayerList(parameters, self.TABLES, context) or [])
            if isinstance(lyr, QgsVectorLayer)
        ]
        balance = self.parameterAsVectorLayer(parameters, self.BALANCE_TABLE, context)
        areas = self.parameterAsVectorLayer(parameters, self.BALANCE_AREAS, context)
        chart = self.parameterAsFile(parameters, self.CHART, context)
        if chart and not Path(chart).exists():
            raise QgsProcessingException(self.tr("The chart file {} does not exist.").format(chart))
        crs = self.parameterAsCrs(parameters, self.MAP_CRS, context)
        if not crs.isValid():
            crs = QgsCoordinateReferenceSystem("EPSG:28992")
        extent = None
        if parameters.get(self.EXTENT):
            extent = self.parameterAsExtent(parameters, self.EXTENT, context, crs)
        layout = self.build_layout(
            layers,
            tables,
            balance,
            chart,
            title=self.parameterAsString(parameters, self.TITLE, context),
            municipality=self.parameterAsString(parameters, self.MUNICIPALITY, context),
            crs=crs,
            extent=extent,
            max_rows=self.parameterAsInt(parameters, self.MAX_ROWS, context),
            max_columns=self.parameterAsInt(parameters, self.MAX_COLUMNS, context),
            balance_areas=areas,
            feedback=feedback,
            transform_context=context.transformContext(),
            outline=self.parameterAsVectorLayer(parameters, self.OUTLINE, context),
            water=[
                lyr
                for lyr in (self.parameterAsLayerList(parameters, self.WATER, context) or [])
                if isinstance(lyr, QgsVectorLayer)
            ],
            basemap=self.basemap(parameters, context, feedback),
            input_data=self.parameterAsString(parameters, self.INPUT_DATA, context) or None,
        )
        for problem in layout_problems(layout):
            feedback.pushWarning(self.tr("Layout: {problem}").format(problem=problem))

        raise_if_canceled(feedback)
        feedback.setProgress(70)
        n_pages = layout.pageCollection().pageCount()
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        exporter = QgsLayoutExporter(layout)
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = 150
        # real text (searchable, selectable, smaller) rather than outlines
        settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
        # written under a temporary name and renamed when complete: a failure keeps the
        # previous report
        with files.replacing(out) as tmp:
            result = exporter.exportToPdf(tmp, settings)
            if result != QgsLayoutExporter.ExportResult.Success:
                raise QgsProcessingException(
                    self.tr(
                        "The PDF could not be written to {path} (error {code}): {error}"
                    ).format(path=out, code=int(result), error=exporter.errorMessage())
                )
        sheets = []
        kind = SPREADSHEET_KINDS[self.parameterAsEnum(parameters, self.SPREADSHEETS, context)]
        if kind:
            feedback.setProgress(90)
            sheets = self.write_spreadsheets(tables, out, kind, context, feedback, balance=balance)
        feedback.setProgress(100)
        feedback.pushInfo(
            self.tr("Report with {n} pages written to {path}.").format(n=n_pages, path=out)
        )
        return {self.OUTPUT: out, "N_PAGES": n_pages, "SPREADSHEET_FILES": ";".join(sheets)}

    # -- spreadsheets ---------------------------------------------------------------
    def spreadsheet_table(self, layer, title):
        """A memory table (no geometry) of every feature of ``layer`` for a spreadsheet:
        the report's columns (hidden fields left out, readable headings with units as
        field names), numbers rounded as in the report, sorted by rank when there is one."""

        fields = layer.fields()
        unit = self._layer_unit(layer)
        hidden = set(HIDDEN_FIELDS) | ({"unit"} if unit else set())
        names = [f.name() for f in fields if f.name().lower() not in hidden]
        lower = {n.lower(): n for n in names}
        order = [
            lower[p]
            for p in PREFERRED_BY_LAYER.get(layer.name(), ()) + PREFERRED_FIELDS
            if p in lower
        ]
        order = list(dict.fromkeys(order)) + [n for n in names if n not in order]
        table = QgsVectorLayer("None", title, "memory")
        headings, used = [], set()
        for name in order:
            heading = self._heading(name, unit)
            while heading.lower() in used:  # two fields with one heading: keep both
                heading += f" ({name})"
            used.add(heading.lower())
            headings.append(heading)
        new_fields = []
        for name, heading in zip(order, headings):
            field = fields.field(name)
            if field.isNumeric():
                is_float = field.type() in (6, 38)
                new_fields.append(
                    QgsField(heading, FieldType.Double if is_float else FieldType.LongLong)
                )
            else:
                new_fields.append(QgsField(heading, FieldType.String))
        table.dataProvider().addAttributes(new_fields)
        table.updateFields()
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
        if fields.lookupField("rank") >= 0:
            request.addOrderBy("rank", True)
        digits = [
            decimals_for(n, unit) if fields.field(n).type() in (6, 38) else None for n in order
        ]
        rows = []
        for feature in layer.getFeatures(request):
            row = QgsFeature(table.fields())
            values = []
            for name, d, target in zip(order, digits, new_fields):
                value = feature[name]
                if value is None or (hasattr(value, "isNull") and value.isNull()):
                    values.append(None)
                elif target.isNumeric():
                    try:
                        values.append(round(float(value), d) if d is not None else int(value))
                    except (TypeError, ValueError):
                        values.append(None)
                else:
                    values.append(str(value))
            row.setAttributes(values)
            rows.append(row)
        table.dataProvider().addFeatures(rows)
        return table

    def write_spreadsheets(self, tables, out, kind, context, feedback, balance=None):
        """Every table (the heat balance table ``balance`` first) as CSV files or one XLSX
        workbook next to ``out`` (the PDF); the paths written."""
        from qgis import processing

        names = self.display_names()
        titles = self._titles()
        stem = Path(out).with_suffix("")
        memory, full_titles, used = [], [], set()
        tables = ([balance] if balance is not None else []) + list(tables)
        for lyr in tables:
            if lyr is balance:
                title = self.tr("Heat balance by temperature class")
            else:
                title = titles.get(lyr.name(), names.get(lyr.name(), lyr.name()))
            memory.append(self.spreadsheet_table(lyr, sheet_name(title, used)))
            full_titles.append(title)
        written = []
        if kind == "xlsx":
            path = "{}_{}.xlsx".format(stem, self.tr("tables"))
            # a new workbook under a temporary name, renamed when complete
            with files.replacing(path) as tmp:
                processing.run(
                    "native:exporttospreadsheet",
                    {
                        "LAYERS": memory,
                        "USE_ALIAS": False,
                        "FORMATTED_VALUES": False,
                        "OUTPUT": tmp,
                        "OVERWRITE": True,
                    },
                    context=context,
                    feedback=feedback,
                    is_child_algorithm=True,
                )
            written.append(path)
        else:
            from qgis.core import QgsVectorFileWriter

            for table, title in zip(memory, full_titles):
                path = f"{stem}_{file_slug(title)}.csv"
                options = QgsVectorFileWriter.SaveVectorOptions()
                options.driverName = "CSV"
                options.fileEncoding = "UTF-8"
                options.layerOptions = ["SEPARATOR=COMMA", "STRING_QUOTING=IF_NEEDED"]
                with files.replacing(path) as tmp:
                    error = QgsVectorFileWriter.writeAsVectorFormatV3(
                        table, tmp, context.transformContext(), options
                    )
                    if error[0] != QgsVectorFileWriter.WriterError.NoError:
                        feedback.pushWarning(
                            self.tr(
                                "The table {name} could not be written " "to {path}: {error}"
                            ).format(name=table.name(), path=path, error=error[1])
                        )
                        Path(tmp).unlink(missing_ok=True)
                        continue
                written.append(path)
        for path in written:
            feedback.pushInfo(self.tr("Spreadsheet written: {path}").format(path=path))
        return written

    def basemap(self, parameters, context, feedback):
        """The basemap: the parameter, else the first web map layer (WMS/WMTS/XYZ) of the
        project, lowest in its layer tree first; None: a plain background."""
        from qgis.core import QgsRasterLayer

        layer = self.parameterAsRasterLayer(parameters, self.BASEMAP, context)
        if layer is not None:
            return layer
        project = context.project()
        if project is None:
            return None
        ordered = [node.layer() for node in project.layerTreeRoot().findLayers()][::-1]
        for lyr in ordered:
            if isinstance(lyr, QgsRasterLayer) and lyr.providerType() == "wms" and lyr.isValid():
                feedback.pushInfo(
                    self.tr("Basemap: the project's layer {name}.").format(name=lyr.name())
                )
                return lyr
        return None

    @staticmethod
    def _extent(layers, crs, transform_context):
        extent = None
        for lyr in layers:
            if lyr.featureCount() == 0 or lyr.geometryType() == GeometryType.Null:
                continue
            rect = lyr.extent()
            if rect.isNull():
                continue
            try:
                rect = QgsCoordinateTransform(
                    lyr.crs(), crs, transform_context
                ).transformBoundingBox(rect)
            except Exception:  # noqa: BLE001 - QgsCsException: leave this layer out
                continue
            if extent is None:
                extent = QgsRectangle(rect)
            else:
                extent.combineExtentWith(rect)
        return extent


@dataclass
class _LayoutLayers:
    """The layers of a report, in the project the layout draws from."""

    project: object  # QgsProject
    map_layers: list  # the styled copies on the main map
    area_layers: list  # the heat balance per area (its own map)
    context: list  # the outline and the water under the maps
    background: object = None  # the basemap, or None
