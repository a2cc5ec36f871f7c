"""bronnenstrategie:runstrategy - one run of the whole heat source strategy.

Runs every algorithm of the provider for which the plan below finds its input layers in
the input GeoPackage (with the algorithms' defaults), fills a claims register, checks the
claims for conflicts, exports a GIO, computes the heat balance and writes the report, all
into one folder. Algorithms that do not exist (yet) are left out; the plan is data, so a
new algorithm needs one entry in PLAN.
"""

import fnmatch
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from qgis import processing
from qgis.core import (
    QgsApplication,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsExpression,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputFile,
    QgsProcessingOutputFolder,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsProcessingUtils,
    QgsSpatialIndex,
    QgsVectorLayer,
)

from ...compat import FieldType, GeometryType, SourceType
from ...core import claimnames, geothermal
from ...core.claims import MAX_DEPTH_M
from ..base import PLUGIN_DIR, BronnenstrategieAlgorithm
from ..bodemenergie.common import SCREEN_DEPTH_MAX
from ..utils import NUMBER_OK, STYLE_DIR, raise_if_canceled, read_number

SAMPLE = PLUGIN_DIR / "resources" / "sample" / "denhaag_sample.gpkg"
GPKG_NAME = "bronnenstrategie.gpkg"
REGISTER_NAME = "ruimteclaims.gpkg"
GIO_NAME = "gio_ruimteclaims.gml"
CHART_NAME = "warmtebalans.png"
REPORT_NAME = "rapport.pdf"
#: Algorithms this run drives itself (not through the plan).
SPECIAL = {
    "heatbalance",
    "report",
    "runstrategy",
    "addclaims",
    "claimconflicts",
    "createregister",
    "exportgio",
    "validategio",
}

#: How each algorithm is run on the input GeoPackage: input parameter -> candidate layer
#: names (fnmatch patterns, first match wins); field parameter -> candidate field names
#: (set only when the field exists in the parent layer); fixed parameter values.
#: A step runs when its algorithm exists and every required input is found.
PLAN = {
    "thermalradius": {
        "inputs": {"INPUT": ["wko_wells", "*wko*", "*wells*"]},
        "fields": {
            "VOLUME_FIELD": ["volume_m3"],
            "SYSTEM_FIELD": ["system_id"],
            "SCREEN_TOP_FIELD": ["screen_top"],
            "SCREEN_BOTTOM_FIELD": ["screen_bottom"],
        },
    },
    "wellconflicts": {
        "inputs": {
            "INPUT": ["wko_wells", "*wko*", "*wells*"],
            "CLOSED_LOOPS": ["closed_loops", "*closed*", "*gesloten*"],
        },
        "fields": {
            "VOLUME_FIELD": ["volume_m3"],
            "SYSTEM_FIELD": ["system_id"],
            "SCREEN_TOP_FIELD": ["screen_top"],
            "SCREEN_BOTTOM_FIELD": ["screen_bottom"],
            "TEMPERATURE_FIELD": ["temperature"],
            "ID_FIELD": ["well_id"],
            "CLOSED_TOP_FIELD": ["depth_top", "top"],
            "CLOSED_BOTTOM_FIELD": ["depth_bottom", "bottom"],
        },
    },
    "interferenceareas": {
        "inputs": {
            "INPUT": ["wko_wells", "*wko*", "*wells*"],
            "STUDY_AREA": ["bodemenergie_study_area", "study_area", "*studiegebied*"],
        },
        "fields": {
            "VOLUME_FIELD": ["volume_m3"],
            "SYSTEM_FIELD": ["system_id"],
            "SCREEN_TOP_FIELD": ["screen_top"],
            "SCREEN_BOTTOM_FIELD": ["screen_bottom"],
            "TEMPERATURE_FIELD": ["temperature"],
        },
    },
    "warmcoldzones": {
        "inputs": {
            "AREA": ["bodemenergie_study_area", "zone_area", "study_area"],
            "WELLS": ["wko_wells", "*wko*"],
        },
        "fields": {
            "TEMPERATURE_FIELD": ["temperature"],
            "VOLUME_FIELD": ["volume_m3"],
            "SCREEN_TOP_FIELD": ["screen_top"],
            "SCREEN_BOTTOM_FIELD": ["screen_bottom"],
        },
    },
    "geothermalbuffers": {
        "inputs": {
            "INPUT": ["geothermal_locations", "*geotherm*loca*", "*geothermie*"],
            "SENSITIVE": ["geothermal_sensitive", "*sensitive*", "*gevoelig*"],
        },
        "fields": {
            "NAME_FIELD": ["name", "naam"],
            "CATEGORY_FIELD": ["category"],
            "DOUBLETS_FIELD": ["doublets"],
            "AZIMUTH_FIELD": ["azimuth"],
        },
    },
    "quaypotential": {
        "inputs": {
            "QUAYS": ["aquathermie_quays", "quay_walls", "*quay*", "*kade*"],
            "WATER": ["aquathermie_water", "water_bodies", "waterdeel", "*waterdeel*"],
            "DEMAND": ["aquathermie_demand", "heat_demand_blocks"],
        },
        "fields": {
            "QUAY_ID_FIELD": ["quay_id"],
            "RENOVATION_YEAR_FIELD": ["renovation_year"],
            "FLOW_FIELD": ["flow_m3s", "flow_m3_s", "flow"],
            "DEMAND_FIELD": ["demand_gj"],
            "HOMES_FIELD": ["homes"],
        },
    },
    "wastewaterheat": {
        "inputs": {"INPUT": ["aquathermie_tea_sources", "*wastewater*", "*tea_source*", "*awzi*"]},
        "fields": {
            "FLOW_FIELD": ["flow_m3_day", "flow_m3_d", "flow"],
            "DELTA_T_FIELD": ["delta_t"],
        },
    },
    "wossiting": {
        "inputs": {
            "STUDY_AREA": ["restwarmte_study_area", "wos_study_area"],
            "TRANSPORT_MAIN": ["restwarmte_main", "*warmtelinq*", "*transport*"],
            "HEAT_NETWORK": ["restwarmte_networks", "*heat_network*"],
            "DEMAND": ["restwarmte_ht_demand", "*ht_demand*"],
            "BUILDINGS": ["restwarmte_homes", "*woningen*"],
            "EXCLUSIONS": ["restwarmte_water", "*exclusion*"],
            "CANDIDATES": ["restwarmte_parcels", "*candidate_parcel*"],
        },
        "fields": {"DEMAND_FIELD": ["demand_gj", "demand_tj"]},
    },
}

#: Outputs are named "<algorithm>:<output key>" below (the layer name in the GeoPackage is
#: the stem of the output's QML style, e.g. quaypotential_segments).
#: Claims from the outputs: output -> (claim type, filter expression or None,
#: name field, category field, level, depth range): the depth range is "screens" (the
#: wells' screens), "reservoir" (surface to the bottom of the geothermal reservoir) or None.
#: [A: the levels and depths below are assumptions, stated in the help text.]
CLAIMS = (
    (
        "geothermalbuffers:OUTPUT_SITES",
        "geothermie_locatie",
        "\"kind\" = 'permanent_site'",
        "name",
        "category",
        "beide",
        "reservoir",
    ),
    ("wossiting:OUTPUT_SITES", "restwarmte_wos", None, None, None, "bovengronds", None),
    (
        "interferenceareas:OUTPUT",
        "bodemenergie_interferentiegebied",
        None,
        None,
        None,
        "ondergronds",
        "screens",
    ),
    (
        "warmcoldzones:OUTPUT",
        "bodemenergie_zone_warm",
        "\"zone\" = 'warm'",
        None,
        None,
        "ondergronds",
        "screens",
    ),
    (
        "warmcoldzones:OUTPUT",
        "bodemenergie_zone_koud",
        "\"zone\" = 'koud'",
        None,
        None,
        "ondergronds",
        "screens",
    ),
)
#: Readable names of the claims (stored data in Dutch, as the register and the GIO are):
#: claim type -> the kind in the name, "Warme zone 3 (Binckhorst)"; a claim whose output has
#: a name of its own (geothermal locations) keeps it. The place is the neighbourhood (wijk)
#: of the input data the claim lies in.
CLAIM_LABELS = {
    "geothermie_locatie": "Geothermielocatie",
    "restwarmte_wos": "Warmteoverdrachtstation",
    "bodemenergie_interferentiegebied": "Interferentiegebied bodemenergie",
    "bodemenergie_zone_warm": "Warme zone",
    "bodemenergie_zone_koud": "Koude zone",
}
#: Field the names are handed to addclaims in.
CLAIM_NAME_FIELD = "claim_name"
#: Input layers of neighbourhoods (their name field gives the place of a claim).
PLACE_LAYERS = ("heat_demand_wijken", "*wijk*", "*buurt*")
PLACE_NAME_FIELDS = ("name", "naam", "wijknaam", "buurtnaam", "statnaam")
#: Register field whose values become the GIO parts (groepen): the kind of area
#: (Energieproductiegebied, Bodemenergiegebied, ...).
GIO_GROUP_FIELD = "imow_group"
#: The wells layer whose screens give the depth range of the soil-energy claims.
WELL_LAYERS = ("wko_wells", "*wko*", "*wells*")
SCREEN_TOP_FIELDS = ("screen_top",)
SCREEN_BOTTOM_FIELDS = ("screen_bottom",)
#: Depth range of the soil-energy claims when the wells have no usable screens: Den Haag's
#: first aquifer, about 18-60 m below the surface [S: domain reference 1.3].
SCREENS_FALLBACK = (18.0, 60.0)
#: Bottom of a geothermal claim when the reservoir footprints have no depth_m: reservoir top
#: 2,300 m + 100 m thick = 2,400 m [S: TNO reference case, the geothermalbuffers defaults].
#: The thickness added to depth_m is the algorithm's default too (runstrategy runs it with
#: its defaults).
RESERVOIR_BOTTOM_FALLBACK = geothermal.RESERVOIR_DEPTH + geothermal.RESERVOIR_THICKNESS
RESERVOIR_REF = "geothermalbuffers:OUTPUT_RESERVOIR"
#: Heat sources from the outputs: output -> (class, type, filter expression or None).
HEAT_SOURCES = (
    ("geothermalbuffers:OUTPUT_SITES", "MT", "geothermie", "\"kind\" = 'permanent_site'"),
    ("quaypotential:OUTPUT", "LT", "aquathermie (TEO)", None),
    ("wastewaterheat:OUTPUT", "LT", "aquathermie (TEA)", None),
)
#: Input layers that are heat sources themselves (they carry temp_class / source_type).
INPUT_SOURCES = ("residual_heat", "heat_supply_fixed")
#: Layers on the report's map, top first; and the layers listed as tables.
MAP_LAYERS = (
    "claimconflicts:OUTPUT",
    "wossiting:OUTPUT_SITES",
    "geothermalbuffers:OUTPUT_SITES",
    "wastewaterheat:OUTPUT",
    "quaypotential:OUTPUT",
    "geothermalbuffers:OUTPUT_RESERVOIR",
    "warmcoldzones:OUTPUT",
    "interferenceareas:OUTPUT",
)
#: Context under the report's map, from the input: the municipality outline (its
#: neighbourhoods merged) and the main water.
OUTLINE_LAYERS = ("gemeente*", "*municipality*", "heat_demand_wijken", "*wijk*", "*buurt*")
WATER_LAYERS = ("aquathermie_water", "restwarmte_water", "water_bodies", "*waterdeel*")
#: The heat balance per area has a map page of its own in the report.
BALANCE_AREAS_LAYER = "heatbalance:OUTPUT_AREAS"
#: Filters of the report's tables (the map shows every feature): the geothermal table lists
#: the permanent sites only (a drilling site has the same capacity as its permanent site).
TABLE_FILTERS = {"geothermalbuffers:OUTPUT_SITES": "\"kind\" = 'permanent_site'"}
TABLE_LAYERS = (
    "geothermalbuffers:OUTPUT_SITES",
    "quaypotential:OUTPUT",
    "wastewaterheat:OUTPUT",
    "wossiting:OUTPUT_SITES",
    "interferenceareas:OUTPUT",
    "claimconflicts:OUTPUT",
    "heatbalance:OUTPUT_AREAS",
)


def per_aquifer_lines(outputs):
    """Summary lines of the soil-energy outputs per aquifer: the well conflicts by the
    aquifer of the pair, and the largest aquifer use of a candidate interference area in
    each aquifer (fields usage_<aquifer>)."""
    from collections import Counter

    from ...translation import tr

    lines = []
    conflicts = outputs.get("wellconflicts_output")
    if conflicts is not None and conflicts.fields().lookupField("aquifer_a") >= 0:
        counts = Counter()
        for f in conflicts.getFeatures():
            if f["kind"] in ("closed_open", "closed_closed"):
                continue
            code = f["aquifer_a"]
            counts[
                str(code)
                if code not in (None, "") and code == code and str(code) != "NULL"
                else "?"
            ] += 1
        if counts:
            lines.append(
                tr("well conflicts per aquifer: {}").format(
                    ", ".join(f"{k}: {v}" for k, v in sorted(counts.items()))
                )
            )
    areas = outputs.get("interferenceareas_output")
    if areas is not None:
        names = [
            f.name()
            for f in areas.fields()
            if f.name().startswith("usage_") and f.name() != "usage_fraction"
        ]
        if names:
            top = {name: 0.0 for name in names}
            for f in areas.getFeatures():
                for name in names:
                    value = f[name]
                    if isinstance(value, (int, float)):
                        top[name] = max(top[name], float(value))
            lines.append(
                tr("aquifer use per aquifer (largest of a candidate area): {}").format(
                    ", ".join(
                        "{} {:.1%}".format(name[len("usage_") :].replace("_", " "), v)
                        for name, v in top.items()
                    )
                )
            )
    return lines


def _uri(gpkg, name):
    return f"{gpkg}|layername={name}"


def gpkg_layer_names(path):
    """Layer names of a GeoPackage (OGR)."""
    from osgeo import ogr

    ds = ogr.Open(str(path))
    if ds is None:
        return []
    names = [ds.GetLayerByIndex(i).GetName() for i in range(ds.GetLayerCount())]
    ds = None
    return names


def match_layer(names, patterns):
    """The first layer name matching the patterns, in pattern order, or None."""
    for pattern in patterns:
        for name in names:
            if fnmatch.fnmatch(name.lower(), pattern.lower()):
                return name
    return None


class RunStrategy(BronnenstrategieAlgorithm):
    NAME = "runstrategy"
    GROUP_ID = "warmtebalans"

    INPUT = "INPUT"
    TITLE = "TITLE"
    CASCADE = "CASCADE"
    SPREADSHEETS = "SPREADSHEETS"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    OVERWRITE_REGISTER = "OVERWRITE_REGISTER"
    WELLS = "WELLS"

    def flags(self):
        # the report builds a layout: main thread
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def displayName(self):  # noqa: N802
        return self.tr("Run the whole heat source strategy")

    def shortDescription(self):  # noqa: N802
        return self.tr(
            "Runs every algorithm on a GeoPackage of input layers and writes the "
            "outputs, the claims register, the GIO, the heat balance and the "
            "report into one folder."
        )

    def help_text(self):
        return self.tr(
            "<p>One run of the whole strategy on a GeoPackage of input layers (by default "
            "the plugin's sample data of Den Haag). Every algorithm of this plugin whose "
            "input layers are found in the GeoPackage (by their names, as in the sample "
            "data) runs with its defaults; algorithms whose inputs are missing are left "
            "out with a message. Then:</p><ul>"
            "<li>the claims register <i>ruimteclaims.gpkg</i> is filled from the results "
            "(permanent geothermal sites, WOS sites, candidate interference areas, warm and "
            "cold zones) and checked for conflicts. The claims get a level and a depth range "
            "[assumption]: interference areas and warm/cold zones 'ondergronds', from the "
            "shallowest screen top to the deepest screen bottom of the wells layer "
            "(screen_top, screen_bottom; without usable screens 18-60 m, the first aquifer "
            "of Den Haag); geothermal locations 'beide', from 0 m to the reservoir depth + "
            "thickness (depth_m of the reservoir footprints + 100 m; without it 2,400 m); "
            "WOS sites 'bovengronds' (the surface). Each claim is named after its kind and the "
            "neighbourhood (wijk) of the input it lies in, e.g. 'Warme zone 3 (Binckhorst)', "
            "or keeps the name of its location ('Zoeklocatie Kijkduin'); the names in one "
            "register are unique (a repeated name gets ' (2)');</li>"
            "<li>the claims are exported as a GIO (<i>gio_ruimteclaims.gml</i>) with a GIO part "
            "(groep) per kind of area (imow_group: Energieproductiegebied, "
            "Bodemenergiegebied);</li>"
            "<li>the heat balance is computed from the demand layer (heat_demand_wijken, "
            "HT/MT/LT in TJ) and the sources: residual heat and fixed supply from the input, "
            "the permanent geothermal sites (MT), the quay-wall and waste-water potential "
            "(LT) [assumption: classes of the source types];</li>"
            "<li>the report <i>rapport.pdf</i> is written, with the municipality's outline (the "
            "neighbourhoods merged) and the water of the input as context on its map, and its "
            "tables also as spreadsheet (by default rapport_tabellen.xlsx); its table of "
            "geothermal locations "
            "lists the permanent sites only (the map shows the drilling sites too).</li></ul>"
            "<p>The folder holds <i>bronnenstrategie.gpkg</i> with every output layer (with "
            "its style), the register, the GIO, the chart <i>warmtebalans.png</i> and "
            "<i>rapport.pdf</i>. A failing step is reported and the run goes on.</p>"
            "<p>Everything is written into a temporary folder inside the output folder and "
            "moved into place when the run is complete: a cancelled or failed run leaves every "
            "existing file as it was. An existing claims register (ruimteclaims.gpkg, also the "
            "default name of the claims dialog) is never replaced unless 'Replace the claims "
            "register' is ticked.</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self._add_inputs()
        self._add_options()
        self._add_results()

    def _add_inputs(self):
        """The input GeoPackage and the optional well layer that replaces its wells."""
        self.add_param(
            QgsProcessingParameterFile(
                self.INPUT, self.tr("Input GeoPackage"), extension="gpkg", optional=True
            ),
            self.tr(
                "GeoPackage with the input layers, named as in the sample data. Empty: "
                "the sample data resources/sample/denhaag_sample.gpkg (made by 'make "
                "sample')."
            ),
        )
        self.add_param(
            QgsProcessingParameterVectorLayer(
                self.WELLS,
                self.tr("Wells (instead of the input's)"),
                [SourceType.VectorPoint],
                optional=True,
            ),
            self.tr(
                "Optional point layer of open soil-energy wells, e.g. the output of "
                "'Import a soil-energy register', with the fields volume_m3, system_id, "
                "screen_top, screen_bottom, temperature and well_id where it has them. "
                "When set, every soil-energy step (thermal radius, well conflicts, "
                "interference areas, warm and cold zones) and the depth range of the "
                "soil-energy claims use this layer instead of the input's wko_wells."
            ),
        )

    def _add_options(self):
        """Report title, cascade, spreadsheets, output folder and the register's overwrite."""
        self.add_param(
            QgsProcessingParameterString(
                self.TITLE, self.tr("Report title"), defaultValue=self.tr("Heat source strategy")
            ),
            self.tr("Title of the report."),
        )
        self.add_param(
            QgsProcessingParameterBoolean(
                self.CASCADE, self.tr("Cascade HT → MT → LT"), defaultValue=True
            ),
            self.tr(
                "Passed to the heat balance: a surplus at a higher temperature may serve "
                "a lower one."
            ),
        )
        self.add_param(
            QgsProcessingParameterEnum(
                self.SPREADSHEETS,
                self.tr("Tables also as spreadsheet"),
                [
                    self.tr("No"),
                    self.tr("CSV (a file per table)"),
                    self.tr("XLSX (one workbook, a sheet per table)"),
                ],
                defaultValue=2,
            ),
            self.tr(
                "The report's tables (heat balance, geothermal locations, quay-wall "
                "stretches, waste-water heat, WOS sites, interference areas, claim "
                "conflicts, heat balance per area), all rows, also as spreadsheet next "
                "to rapport.pdf: rapport_tabellen.xlsx or a CSV file per table."
            ),
        )
        self.add_param(
            QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER, self.tr("Output folder")),
            self.tr(
                "Folder for all outputs. Files of the same name are replaced only when the "
                "run is complete (a failed or cancelled run leaves the folder as it was); an "
                "existing claims register only with 'Replace the claims register'."
            ),
        )
        self.add_param(
            QgsProcessingParameterBoolean(
                self.OVERWRITE_REGISTER, self.tr("Replace the claims register"), defaultValue=False
            ),
            self.tr(
                "When the output folder holds a claims register ruimteclaims.gpkg already: "
                "replace it by the new one at the end of the run (its claims and history "
                "are lost). Default: no, the run is refused and nothing is changed."
            ),
        )

    def _add_results(self):
        """The files, numbers and texts the run returns."""
        for key, text in (
            ("GPKG", self.tr("GeoPackage with every output layer")),
            ("REGISTER", self.tr("Claims register")),
            ("GIO", self.tr("GIO file")),
            ("CHART", self.tr("Heat balance chart")),
            ("REPORT", self.tr("Report (PDF)")),
        ):
            self.addOutput(QgsProcessingOutputFile(key, text))
        self.addOutput(QgsProcessingOutputFolder("FOLDER", self.tr("Output folder")))
        for key, text in (
            ("HT_BALANCE_PJ", self.tr("HT balance (PJ)")),
            ("MT_BALANCE_PJ", self.tr("MT balance (PJ)")),
            ("LT_BALANCE_PJ", self.tr("LT balance (PJ)")),
            ("N_CLAIMS", self.tr("Claims in the register")),
            ("N_CONFLICTS", self.tr("Claim conflicts")),
            ("N_STEPS", self.tr("Algorithms run")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, text))
        self.addOutput(QgsProcessingOutputString("SUMMARY", self.tr("Summary")))
        self.addOutput(
            QgsProcessingOutputString(
                "SPREADSHEET_FILES", self.tr("Spreadsheets written (separated by ;)")
            )
        )

    # -- helpers ------------------------------------------------------------------
    def _run(self, alg_id, params, context, feedback):
        """Run a child algorithm; returns its results or None (a warning) on failure.
        A cancellation (during or after the child) raises the shared cancel message."""
        raise_if_canceled(feedback)
        try:
            results = processing.run(
                alg_id, params, context=context, feedback=feedback, is_child_algorithm=True
            )
        except QgsProcessingException as exc:
            raise_if_canceled(feedback)
            feedback.pushWarning(
                self.tr("{alg} failed and was left out: {error}").format(alg=alg_id, error=exc)
            )
            return None
        raise_if_canceled(feedback)
        return results

    @staticmethod
    def _field(layer, candidates):
        """The first of the candidate field names the layer has (any case), or None."""
        lower = {f.name().lower(): f.name() for f in layer.fields()}
        return next((lower[c.lower()] for c in candidates if c.lower() in lower), None)

    @staticmethod
    def _rows(layer, fields, high, feedback):
        """Per feature the numbers of ``fields`` when every one is usable (0 to ``high``)."""
        request = (
            QgsFeatureRequest()
            .setFlags(QgsFeatureRequest.Flag.NoGeometry)
            .setSubsetOfAttributes(list(fields), layer.fields())
        )
        out = []
        for i, feature in enumerate(layer.getFeatures(request)):
            if i % 1000 == 0:
                raise_if_canceled(feedback)
            row = [read_number(feature[f], low=0.0, high=high) for f in fields]
            if all(status == NUMBER_OK for _, status in row):
                out.append([number for number, _ in row])
        return out

    def screen_range(self, in_gpkg, names, feedback, wells=None):
        """(top, bottom) of the soil-energy claims: the shallowest screen top to the
        deepest screen bottom of the wells layer (``wells`` when given, else the input's),
        else SCREENS_FALLBACK."""
        layer = wells
        if layer is None:
            name = match_layer(names, WELL_LAYERS)
            layer = QgsVectorLayer(_uri(in_gpkg, name), name, "ogr") if name else None
        if layer is not None and layer.isValid():
            top_field = self._field(layer, SCREEN_TOP_FIELDS)
            bottom_field = self._field(layer, SCREEN_BOTTOM_FIELDS)
            if top_field and bottom_field:
                # wells with both screen depths usable and the top above the bottom
                screens = [
                    (t, b)
                    for t, b in self._rows(
                        layer, (top_field, bottom_field), SCREEN_DEPTH_MAX, feedback
                    )
                    if t < b
                ]
                if screens:
                    return min(t for t, _ in screens), max(b for _, b in screens)
        feedback.pushInfo(
            self.tr(
                "No usable well screens: the soil-energy claims get {top:g}-{bottom:g} m below "
                "the surface (the first aquifer of Den Haag) [assumption]."
            ).format(top=SCREENS_FALLBACK[0], bottom=SCREENS_FALLBACK[1])
        )
        return SCREENS_FALLBACK

    def reservoir_bottom(self, layer, feedback):
        """Bottom (m) of the geothermal claims: the deepest depth_m of the reservoir
        footprints + the reservoir thickness, else RESERVOIR_BOTTOM_FALLBACK."""
        field = self._field(layer, ("depth_m",)) if layer is not None else None
        if field:
            depths = self._rows(
                layer, (field,), MAX_DEPTH_M - geothermal.RESERVOIR_THICKNESS, feedback
            )
            if depths:
                return max(d for (d,) in depths) + geothermal.RESERVOIR_THICKNESS
        feedback.pushInfo(
            self.tr(
                "No reservoir depth: the geothermal claims reach {bottom:g} m below the surface "
                "[assumption]."
            ).format(bottom=RESERVOIR_BOTTOM_FALLBACK)
        )
        return RESERVOIR_BOTTOM_FALLBACK

    def report_context(self, in_gpkg, names, used):
        """Report parameters from the input: the municipality outline, the main water
        and the input data named on the cover."""
        params = {}
        outline = match_layer(names, OUTLINE_LAYERS)
        if outline:
            params["OUTLINE"] = _uri(in_gpkg, outline)
        water = list(dict.fromkeys(n for p in WATER_LAYERS for n in [match_layer(names, [p])] if n))
        if water:
            params["WATER"] = [_uri(in_gpkg, n) for n in water]
        used = sorted(
            set(used)
            | set(INPUT_SOURCES) & set(names)
            | {n for n in (outline, match_layer(names, PLACE_LAYERS)) if n}
        )
        params["INPUT_DATA"] = self.tr("{file} (layers: {layers})").format(
            file=Path(in_gpkg).name, layers=", ".join(used)
        )
        return params

    # -- claim names ----------------------------------------------------------------
    @staticmethod
    def register_names(register):
        """Names already in the register (lower case), so new names do not repeat them."""
        if not Path(register).exists():
            return set()
        layer = QgsVectorLayer(_uri(register, "ruimteclaims"), "ruimteclaims", "ogr")
        index = layer.fields().lookupField("name") if layer.isValid() else -1
        if index < 0:
            return set()
        return {
            str(v).strip().lower()
            for v in layer.uniqueValues(index)
            if v is not None and str(v).strip()
        }

    def place_layer(self, in_gpkg, names):
        """(layer, name field) of the neighbourhoods of the input, or None."""
        name = match_layer(names, PLACE_LAYERS)
        if not name:
            return None
        layer = QgsVectorLayer(_uri(in_gpkg, name), name, "ogr")
        field = self._field(layer, PLACE_NAME_FIELDS) if layer.isValid() else None
        if not field or QgsVectorLayer.geometryType(layer) != GeometryType.Polygon:
            return None
        return layer, field

    @staticmethod
    def places(layer, place_layer, transform_context=None):
        """Per feature of ``layer`` (in its order) the name of the neighbourhood its point
        on the surface lies in (else the nearest one), or None without neighbourhoods."""
        if place_layer is None:
            return [None] * layer.featureCount()
        wijken, field = place_layer
        to_wijk = QgsCoordinateTransform(
            layer.crs(), wijken.crs(), transform_context or QgsCoordinateTransformContext()
        )
        shapes = {f.id(): (f.geometry(), f[field]) for f in wijken.getFeatures()}
        index = QgsSpatialIndex()
        for fid, (geometry, _) in shapes.items():
            index.addFeature(fid, geometry.boundingBox())
        out = []
        for feature in layer.getFeatures():
            geometry = feature.geometry()
            if geometry is None or geometry.isEmpty():
                out.append(None)
                continue
            point = geometry.pointOnSurface()
            try:
                point.transform(to_wijk)
            except Exception:  # noqa: BLE001 - QgsCsException: no place
                out.append(None)
                continue
            hit = next(
                (
                    shapes[fid][1]
                    for fid in index.intersects(point.boundingBox())
                    if shapes[fid][0].contains(point)
                ),
                None,
            )
            if hit is None:
                near = index.nearestNeighbor(point.asPoint(), 1)
                hit = shapes[near[0]][1] if near else None
            out.append(
                str(hit)
                if hit not in (None, "") and not (hasattr(hit, "isNull") and hit.isNull())
                else None
            )
        return out

    def named_copy(self, layer, label, name_field, place_layer, taken, transform_context=None):
        """A memory copy of ``layer`` with a field CLAIM_NAME_FIELD: the feature's own name
        (``name_field``) or '<label> <k> (<neighbourhood>)', unique against ``taken`` (the
        names in the register, updated)."""
        copy = layer.materialize(QgsFeatureRequest())
        own = None
        if name_field and layer.fields().lookupField(name_field) >= 0:
            own = [f[name_field] for f in layer.getFeatures()]
        new = claimnames.claim_names(
            label, self.places(layer, place_layer, transform_context), own, taken
        )
        taken.update(n.lower() for n in new)
        copy.dataProvider().addAttributes([QgsField(CLAIM_NAME_FIELD, FieldType.String)])
        copy.updateFields()
        index = copy.fields().lookupField(CLAIM_NAME_FIELD)
        copy.dataProvider().changeAttributeValues(
            {f.id(): {index: name} for f, name in zip(copy.getFeatures(), new)}
        )
        return copy

    @staticmethod
    def groups_complete(register):
        """True when every claim of the register has a kind of area (GIO_GROUP_FIELD)."""
        layer = QgsVectorLayer(_uri(register, "ruimteclaims"), "ruimteclaims", "ogr")
        index = layer.fields().lookupField(GIO_GROUP_FIELD) if layer.isValid() else -1
        if index < 0:
            return False
        values = layer.uniqueValues(index)
        return bool(values) and all(
            v is not None and str(v).strip() and not (hasattr(v, "isNull") and v.isNull())
            for v in values
        )

    @staticmethod
    def _output_name(alg, key):
        qml = getattr(alg, "STYLES", {}).get(key)
        if qml:
            return Path(qml).stem
        suffix = key.lower()
        suffix = suffix[len("output_") :] if suffix.startswith("output_") else suffix
        return f"{alg.name()}_{suffix}"

    def _plan_params(self, alg, step, in_gpkg, names, wells=None):
        """Parameters of a plan step, or (None, reason) when a required input is missing.
        ``wells`` (a layer) replaces the input's wells layer (WELL_LAYERS) when given."""
        params = dict(step.get("params", {}))
        layers = {}
        for key, patterns in step.get("inputs", {}).items():
            definition = alg.parameterDefinition(key)
            if definition is None:
                continue
            if wells is not None and WELL_LAYERS[0] in patterns:
                params[key] = layers[key] = wells
                continue
            found = match_layer(names, patterns)
            if found is None:
                if not definition.flags() & definition.FlagOptional:
                    return None, self.tr("input layer for {key} not found (looked for {p})").format(
                        key=key, p=", ".join(patterns)
                    )
                continue
            params[key] = _uri(in_gpkg, found)
            layers[key] = QgsVectorLayer(params[key], found, "ogr")
        for key, candidates in step.get("fields", {}).items():
            definition = alg.parameterDefinition(key)
            if definition is None:
                continue
            parent = layers.get(getattr(definition, "parentLayerParameterName", lambda: "")())
            field = None
            if parent is not None:
                lower = {f.name().lower(): f.name() for f in parent.fields()}
                field = next((lower[c.lower()] for c in candidates if c.lower() in lower), None)
            if field:
                params[key] = field
            elif not definition.flags() & definition.FlagOptional:
                return None, self.tr("field for {key} not found (looked for {c})").format(
                    key=key, c=", ".join(candidates)
                )
        return params, ""

    @staticmethod
    def _classified_copy(layer, cls, source_type, expression):
        """A memory copy of ``layer`` with temp_class and source_type set, filtered."""
        geom = QgsVectorLayer.geometryType(layer)
        kinds = {0: "Point", 1: "LineString", 2: "Polygon"}
        uri = "{}?crs={}".format(kinds.get(int(geom), "None"), layer.crs().authid())
        copy = QgsVectorLayer(uri, f"{source_type} ({layer.name()})", "memory")
        fields = [
            f
            for f in layer.fields()
            if f.name().lower() not in ("fid", "temp_class", "source_type")
        ]
        copy.dataProvider().addAttributes(
            fields
            + [QgsField("temp_class", FieldType.String), QgsField("source_type", FieldType.String)]
        )
        copy.updateFields()
        request = QgsFeatureRequest()
        if expression:
            names = [f.name() for f in layer.fields()]
            if all(col in names for col in QgsExpression(expression).referencedColumns()):
                request.setFilterExpression(expression)
        features = []
        for f in layer.getFeatures(request):
            out = QgsFeature(copy.fields())
            out.setGeometry(f.geometry())
            out.setAttributes([f[fl.name()] for fl in fields] + [cls, source_type])
            features.append(out)
        copy.dataProvider().addFeatures(features)
        return copy

    @staticmethod
    def _table_layer(layer, expression):
        """The layer for a report table: filtered by ``expression`` (when the layer has its
        fields), under the same name."""
        if not expression:
            return layer
        cols = QgsExpression(expression).referencedColumns()
        if not all(layer.fields().lookupField(c) >= 0 for c in cols):
            return layer
        table = layer.materialize(QgsFeatureRequest().setFilterExpression(expression))
        table.setName(layer.name())
        return table

    # -- processing ---------------------------------------------------------------
    def checkParameterValues(self, parameters, context):  # noqa: N802
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        folder = parameters.get(self.OUTPUT_FOLDER)
        if isinstance(folder, str) and folder and folder != QgsProcessing.TEMPORARY_OUTPUT:
            refusal = self._register_refusal(Path(folder), parameters, context)
            if refusal:
                return False, refusal
        return True, ""

    def _register_refusal(self, final, parameters, context):
        """The message when the output folder holds a claims register that may not be
        replaced, else None."""
        register = final / REGISTER_NAME
        if register.exists() and not self.parameterAsBoolean(
            parameters, self.OVERWRITE_REGISTER, context
        ):
            return self.tr(
                "{path} already holds a claims register; a run never replaces it unasked. "
                "Nothing was changed. Choose another output folder, or tick 'Replace the "
                "claims register' to replace it (its claims and history are then lost)."
            ).format(path=register)
        return None

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        final = Path(self.parameterAsString(parameters, self.OUTPUT_FOLDER, context))
        refusal = self._register_refusal(final, parameters, context)
        if refusal:  # also made meanwhile, after the dialog checked the parameters
            raise QgsProcessingException(refusal)
        final.mkdir(parents=True, exist_ok=True)
        # every file is written here and moved into place when the run is complete
        work = Path(tempfile.mkdtemp(prefix=".runstrategy-", dir=str(final)))
        try:
            return self._strategy(parameters, context, feedback, work, final)
        finally:
            shutil.rmtree(str(work), ignore_errors=True)

    def _strategy(self, parameters, context, feedback, folder, final):
        started = time.time()
        run = self._start(parameters, context, feedback, folder)
        algorithms = self._planned_algorithms()
        run.multi = QgsProcessingMultiStepFeedback(len(algorithms) + 6, feedback)
        for step_no, alg in enumerate(algorithms):
            run.multi.setCurrentStep(step_no)
            raise_if_canceled(feedback)
            self._run_planned(run, alg, context, feedback)
        run.summary += per_aquifer_lines(run.outputs)
        run.multi.setCurrentStep(len(algorithms))
        self._heat_balance(run, parameters, context, feedback)
        run.multi.setCurrentStep(len(algorithms) + 1)
        self._fill_register(run, context, feedback)
        run.multi.setCurrentStep(len(algorithms) + 2)
        self._claim_conflicts(run, context)
        run.multi.setCurrentStep(len(algorithms) + 3)
        self._export_gio(run, context, feedback)
        run.multi.setCurrentStep(len(algorithms) + 4)
        if run.outputs:  # one GeoPackage with every output layer and its style
            self._run(
                "native:package",
                {
                    "LAYERS": list(run.outputs.values()),
                    "OUTPUT": str(run.gpkg),
                    "OVERWRITE": True,
                    "SAVE_STYLES": True,
                },
                context,
                run.multi,
            )
        run.multi.setCurrentStep(len(algorithms) + 5)
        self._write_report(run, parameters, context)
        raise_if_canceled(feedback)
        self._move_into_place(run, parameters, context, final)
        feedback.setProgress(100)
        return self._results(run, started, feedback)

    def _start(self, parameters, context, feedback, folder):
        """The state of a run: the input GeoPackage (checked) and its layer names, the
        well layer that replaces the input's, the temporary folder."""
        in_gpkg = self.parameterAsFile(parameters, self.INPUT, context) or str(SAMPLE)
        if not in_gpkg or not os.path.exists(in_gpkg):
            raise QgsProcessingException(
                self.tr(
                    "The input GeoPackage {path} does not exist. For the sample data run 'make "
                    "sample' first."
                ).format(path=in_gpkg)
            )
        wells = None
        if parameters.get(self.WELLS) not in (None, ""):
            wells = self.parameterAsVectorLayer(parameters, self.WELLS, context)
            if wells is None or not wells.isValid():
                raise QgsProcessingException(self.invalidSourceError(parameters, self.WELLS))
            feedback.pushInfo(
                self.tr(
                    "The soil-energy steps use the well layer {layer} instead of the input's."
                ).format(layer=wells.name())
            )
        return _Run(in_gpkg=in_gpkg, names=gpkg_layer_names(in_gpkg), folder=folder, wells=wells)

    @staticmethod
    def _planned_algorithms():
        """The provider's algorithms this run plans (not those it drives itself)."""
        provider = QgsApplication.processingRegistry().providerById("bronnenstrategie")
        return [a for a in provider.algorithms() if a.name() not in SPECIAL]

    @staticmethod
    def _exists(alg_name):
        return (
            QgsApplication.processingRegistry().algorithmById("bronnenstrategie:" + alg_name)
            is not None
        )

    def _run_planned(self, run, alg, context, feedback):
        """Run one algorithm of the plan on the input and keep its vector outputs."""
        step = PLAN.get(alg.name())
        if step is None:
            feedback.pushWarning(
                self.tr("{alg}: no plan in runstrategy, not run.").format(alg=alg.id())
            )
            return
        params, reason = self._plan_params(alg, step, run.in_gpkg, run.names, run.wells)
        run.used_inputs.update(
            v.split("layername=")[-1]
            for v in (params or {}).values()
            if isinstance(v, str) and v.startswith(run.in_gpkg + "|")
        )
        if params is None:
            feedback.pushInfo(
                self.tr("{alg} not run: {reason}.").format(alg=alg.id(), reason=reason)
            )
            run.summary.append(
                self.tr("{alg}: not run ({reason})").format(alg=alg.name(), reason=reason)
            )
            return
        feedback.pushInfo(self.tr("Running {alg} ...").format(alg=alg.id()))
        params.update(self._destinations(alg, run.folder))
        results = self._run(alg.id(), params, context, run.multi)
        if results is None:
            run.summary.append(self.tr("{alg}: failed").format(alg=alg.name()))
            return
        run.n_run += 1
        written = []
        for dest in alg.destinationParameterDefinitions():
            if dest.type() not in ("sink", "vectorDestination"):
                continue
            value = results.get(dest.name())
            layer = QgsProcessingUtils.mapLayerFromString(value, context) if value else None
            if isinstance(layer, QgsVectorLayer) and layer.isValid():
                name = self._output_name(alg, dest.name())
                run.keep(name, layer)
                run.refs[f"{alg.name()}:{dest.name()}"] = name
                written.append(f"{name} ({layer.featureCount()})")
        numbers = ", ".join(
            f"{k}={v:.4g}"
            for k, v in results.items()
            if isinstance(v, (int, float)) and not isinstance(v, bool)
        )
        run.summary.append(
            "{}: {}{}".format(alg.name(), ", ".join(written), "; " + numbers if numbers else "")
        )

    def _destinations(self, alg, folder):
        """The destination parameters of a planned step: vector outputs temporary,
        rasters and files into the run's folder."""
        params = {}
        for dest in alg.destinationParameterDefinitions():
            if dest.type() in ("sink", "vectorDestination"):
                params[dest.name()] = QgsProcessing.TEMPORARY_OUTPUT
            elif dest.type() == "rasterDestination":
                params[dest.name()] = str(folder / f"{self._output_name(alg, dest.name())}.tif")
            elif dest.type() == "fileDestination":
                ext = dest.defaultFileExtension() or "dat"
                params[dest.name()] = str(folder / f"{self._output_name(alg, dest.name())}.{ext}")
        return params

    def _heat_balance(self, run, parameters, context, feedback):
        """The heat balance of the input's demand against the input's and the steps'
        sources (run.balance, its layers kept)."""
        demand_name = match_layer(run.names, ["heat_demand_wijken", "*heat_demand*", "*buurt*"])
        if not demand_name or not self._exists("heatbalance"):
            feedback.pushWarning(
                self.tr(
                    "Heat balance not computed: no demand layer "
                    "(heat_demand_wijken) in the input."
                )
            )
            return
        demand = QgsVectorLayer(_uri(run.in_gpkg, demand_name), demand_name, "ogr")
        fields = {f.name().lower() for f in demand.fields()}
        unit = next(
            (u for u, suffix in ((0, "gj"), (1, "tj"), (2, "pj")) if "ht_" + suffix in fields), None
        )
        if unit is None:
            feedback.pushWarning(
                self.tr(
                    "Heat balance not computed: the demand layer {layer} has no ht_gj / "
                    "ht_tj / ht_pj field."
                ).format(layer=demand_name)
            )
            return
        suffix = ("gj", "tj", "pj")[unit]
        sources = [_uri(run.in_gpkg, n) for n in INPUT_SOURCES if n in run.names]
        for ref, cls, source_type, expression in HEAT_SOURCES:
            name = run.refs.get(ref)
            if name in run.outputs:
                sources.append(
                    self._classified_copy(run.outputs[name], cls, source_type, expression)
                )
        feedback.pushInfo(self.tr("Computing the heat balance ..."))
        run.balance = self._run(
            "bronnenstrategie:heatbalance",
            {
                "DEMAND": _uri(run.in_gpkg, demand_name),
                "HT_FIELD": "ht_" + suffix,
                "MT_FIELD": "mt_" + suffix,
                "LT_FIELD": "lt_" + suffix,
                "DEMAND_UNIT": unit,
                "OUTPUT_UNIT": 3,
                "SOURCES": sources,
                "CASCADE": self.parameterAsBoolean(parameters, self.CASCADE, context),
                "OUTPUT_TABLE": QgsProcessing.TEMPORARY_OUTPUT,
                "OUTPUT_AREAS": QgsProcessing.TEMPORARY_OUTPUT,
                "OUTPUT_CHART": str(run.folder / CHART_NAME),
            },
            context,
            run.multi,
        )
        if run.balance is None:
            return
        run.n_run += 1
        for key, name in (
            ("OUTPUT_TABLE", "heatbalance_table"),
            ("OUTPUT_AREAS", "heatbalance_areas"),
        ):
            layer = QgsProcessingUtils.mapLayerFromString(run.balance[key], context)
            if isinstance(layer, QgsVectorLayer):
                run.keep(name, layer)

    def _fill_register(self, run, context, feedback):
        """The claims of the steps' outputs (CLAIMS) into the register (run.n_claims);
        without any, the input's candidate claims."""
        if not self._exists("addclaims"):
            feedback.pushWarning(
                self.tr("No claims register: the algorithm addclaims " "does not exist.")
            )
            return
        names = _ClaimNames()
        for claim in CLAIMS:
            raise_if_canceled(feedback)
            params = self._claim_params(run, claim, names, context, feedback)
            if params is not None:
                res = self._run("bronnenstrategie:addclaims", params, context, run.multi)
                if res:
                    run.n_claims += int(res.get("N_ADDED") or 0)
        if "claim_candidates" in run.names and not run.n_claims:
            # without algorithm outputs, the sample's candidate claims fill the register
            res = self._run(
                "bronnenstrategie:addclaims",
                {
                    "INPUT": _uri(run.in_gpkg, "claim_candidates"),
                    "REGISTER": str(run.register),
                    "CREATE": True,
                    "CLAIM_TYPE": "overig",
                    "NAME_FIELD": "naam",
                    "SOURCE_REF": "claim_candidates",
                },
                context,
                run.multi,
            )
            if res:
                run.n_claims += int(res.get("N_ADDED") or 0)

    def _claim_params(self, run, claim, names, context, feedback):
        """The addclaims parameters of one CLAIMS entry, or None when its output is
        missing or has no feature to claim."""
        ref, claim_type, expression, name_field, cat_field, level, depth_kind = claim
        name = run.refs.get(ref)
        if name not in run.outputs:
            return None
        layer = run.outputs[name]
        if expression:
            cols = QgsExpression(expression).referencedColumns()
            if not all(layer.fields().lookupField(c) >= 0 for c in cols):
                return None
            layer = layer.materialize(QgsFeatureRequest().setFilterExpression(expression))
        if layer.featureCount() == 0:
            return None
        if names.places is None:
            names.places = self.place_layer(run.in_gpkg, run.names)
            names.taken = self.register_names(run.register)
        layer = self.named_copy(
            layer,
            CLAIM_LABELS.get(claim_type, claim_type),
            name_field,
            names.places,
            names.taken,
            context.transformContext(),
        )
        params = {
            "INPUT": layer,
            "REGISTER": str(run.register),
            "CREATE": True,
            "CLAIM_TYPE": claim_type,
            "SOURCE_REF": f"bronnenstrategie:runstrategy {name}",
            "NAME_FIELD": CLAIM_NAME_FIELD,
        }
        if cat_field and layer.fields().lookupField(cat_field) >= 0:
            params["CATEGORY_FIELD"] = cat_field
        if level:
            params["LEVEL"] = level
        if depth_kind:
            params["DEPTH_TOP"], params["DEPTH_BOTTOM"] = self._depths(
                run, depth_kind, names.depths, feedback
            )
        return params

    def _depths(self, run, depth_kind, depths, feedback):
        """(top, bottom) of a depth range kind, computed once per run."""
        if depth_kind not in depths:
            if depth_kind == "screens":
                depths[depth_kind] = self.screen_range(run.in_gpkg, run.names, feedback, run.wells)
            else:
                depths[depth_kind] = (
                    0.0,
                    self.reservoir_bottom(run.outputs.get(run.refs.get(RESERVOIR_REF)), feedback),
                )
        return depths[depth_kind]

    def _claim_conflicts(self, run, context):
        """The conflicts between the register's claims (run.n_conflicts, layer kept)."""
        if not run.register.exists() or not self._exists("claimconflicts"):
            return
        res = self._run(
            "bronnenstrategie:claimconflicts",
            {"INPUT": _uri(run.register, "ruimteclaims"), "OUTPUT": QgsProcessing.TEMPORARY_OUTPUT},
            context,
            run.multi,
        )
        if res:
            run.n_conflicts = int(res.get("N_CONFLICTS") or 0)
            layer = QgsProcessingUtils.mapLayerFromString(res["OUTPUT"], context)
            if isinstance(layer, QgsVectorLayer):
                run.keep("claimconflicts_output", layer)

    def _export_gio(self, run, context, feedback):
        """The register as a GIO, with a part per kind of area when every claim has one."""
        if not (run.register.exists() and run.n_claims and self._exists("exportgio")):
            return
        gio_params = {"INPUT": _uri(run.register, "ruimteclaims"), "OUTPUT": str(run.gio)}
        if self.groups_complete(run.register):
            gio_params["GROUP_FIELD"] = GIO_GROUP_FIELD
        else:
            feedback.pushInfo(
                self.tr(
                    "Not every claim has a kind of area ({field}): the GIO is written "
                    "without parts."
                ).format(field=GIO_GROUP_FIELD)
            )
        self._run("bronnenstrategie:exportgio", gio_params, context, run.multi)

    def _write_report(self, run, parameters, context):
        """The report of the run's layers (run.sheets: the spreadsheets it wrote)."""
        if not self._exists("report"):
            return
        outputs, refs, names = run.outputs, run.refs, run.names
        map_layers = [outputs[refs[r]] for r in MAP_LAYERS if refs.get(r) in outputs]
        if "residual_heat" in names:
            map_layers.insert(
                0, QgsVectorLayer(_uri(run.in_gpkg, "residual_heat"), "residual_heat", "ogr")
            )
        tables = [
            self._table_layer(outputs[refs[r]], TABLE_FILTERS.get(r))
            for r in TABLE_LAYERS
            if refs.get(r) in outputs
        ]
        chart = run.folder / CHART_NAME
        report_res = self._run(
            "bronnenstrategie:report",
            {
                "LAYERS": map_layers,
                "TABLES": tables,
                "BALANCE_AREAS": outputs.get(refs.get(BALANCE_AREAS_LAYER)),
                "BALANCE_TABLE": outputs.get("heatbalance_table"),
                "CHART": str(chart) if chart.exists() else None,
                "TITLE": self.parameterAsString(parameters, self.TITLE, context),
                "SPREADSHEETS": self.parameterAsEnum(parameters, self.SPREADSHEETS, context),
                "OUTPUT": str(run.report),
                **self.report_context(run.in_gpkg, names, run.used_inputs),
            },
            context,
            run.multi,
        )
        run.sheets = (report_res or {}).get("SPREADSHEET_FILES") or ""

    def _move_into_place(self, run, parameters, context, final):
        """Every file of the complete run into the output folder (each rename replaces
        one file whole); the run's paths then point there."""
        if (
            (final / REGISTER_NAME).exists()
            and run.register.exists()
            and not self.parameterAsBoolean(parameters, self.OVERWRITE_REGISTER, context)
        ):
            # made meanwhile, e.g. in the dialog
            raise QgsProcessingException(
                self.tr(
                    "{path} was created while the strategy ran; it is kept and nothing was "
                    "written. Run again into another folder."
                ).format(path=final / REGISTER_NAME)
            )
        for path in sorted(run.folder.iterdir()):
            if path.is_file():
                os.replace(str(path), str(final / path.name))
        run.folder = final
        run.sheets = ";".join(str(final / Path(p).name) for p in run.sheets.split(";") if p)

    def _results(self, run, started, feedback):
        """The algorithm's results and the summary text (also shown in the log)."""
        folder = run.folder
        results = {
            "FOLDER": str(folder),
            "N_STEPS": run.n_run,
            "N_CLAIMS": run.n_claims,
            "N_CONFLICTS": run.n_conflicts,
            "SPREADSHEET_FILES": run.sheets,
        }
        for key, path in (
            ("GPKG", run.gpkg),
            ("REGISTER", run.register),
            ("GIO", run.gio),
            ("CHART", folder / CHART_NAME),
            ("REPORT", run.report),
        ):
            results[key] = str(path) if path.exists() else None
        balance = run.balance
        if balance is not None:
            for cls in ("HT", "MT", "LT"):
                results[cls + "_BALANCE_PJ"] = balance.get(cls + "_BALANCE")
        lines = [
            self.tr("Heat source strategy written to {folder} in {s:.0f} s:").format(
                folder=folder, s=time.time() - started
            )
        ]
        lines += ["  " + line for line in run.summary]
        if balance is not None:
            lines.append(
                self.tr(
                    "  heat balance (PJ/yr): HT {ht:+.2f}, MT {mt:+.2f}, LT "
                    "{lt:+.2f}; demand {d:.2f}, supply {s:.2f}"
                ).format(
                    ht=balance["HT_BALANCE"],
                    mt=balance["MT_BALANCE"],
                    lt=balance["LT_BALANCE"],
                    d=balance["TOTAL_DEMAND"],
                    s=balance["TOTAL_SUPPLY"],
                )
            )
        lines.append(
            self.tr("  claims: {n}; conflicts: {c}").format(
                n=run.n_claims, c="-" if run.n_conflicts is None else run.n_conflicts
            )
        )
        for key in ("GPKG", "REGISTER", "GIO", "CHART", "REPORT"):
            lines.append("  {}: {}".format(key.lower(), results[key] or self.tr("not written")))
        for path in filter(None, run.sheets.split(";")):
            lines.append("  {}: {}".format(self.tr("spreadsheet"), path))
        text = "\n".join(lines)
        feedback.pushInfo(text)
        results["SUMMARY"] = text
        return results


@dataclass
class _Run:
    """What one run of the strategy carries from step to step."""

    in_gpkg: str
    names: list
    folder: Path  # the temporary folder; the output folder once moved into place
    wells: object = None  # QgsVectorLayer replacing the input's wells layer, or None
    multi: object = None  # QgsProcessingMultiStepFeedback of the run
    outputs: dict = field(default_factory=dict)  # gpkg layer name -> QgsVectorLayer
    refs: dict = field(
        default_factory=lambda: {
            "heatbalance:OUTPUT_AREAS": "heatbalance_areas",
            "claimconflicts:OUTPUT": "claimconflicts_output",
        }
    )  # alg:KEY -> layer name
    summary: list = field(default_factory=list)
    used_inputs: set = field(default_factory=set)  # input layers the run read
    n_run: int = 0
    balance: dict = None  # results of heatbalance, or None
    n_claims: int = 0
    n_conflicts: int = None
    sheets: str = ""  # spreadsheet files of the report, separated by ;

    @property
    def gpkg(self):
        return self.folder / GPKG_NAME

    @property
    def register(self):
        return self.folder / REGISTER_NAME

    @property
    def gio(self):
        return self.folder / GIO_NAME

    @property
    def report(self):
        return self.folder / REPORT_NAME

    def keep(self, name, layer):
        """Keep an output layer under its GeoPackage name, with its style."""
        layer.setName(name)
        qml = STYLE_DIR / f"{name}.qml"
        if qml.exists():
            layer.loadNamedStyle(str(qml))
        self.outputs[name] = layer


@dataclass
class _ClaimNames:
    """Names of the claims of one run: the neighbourhoods, the names taken, the depths."""

    places: object = None  # (layer, name field) of the neighbourhoods, read once
    taken: set = field(default_factory=set)  # names in the register (lower case)
    depths: dict = field(default_factory=dict)  # depth range kind -> (top, bottom)
