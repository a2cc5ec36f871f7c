"""bronnenstrategie:importwells - a soil-energy register as it comes -> the standard well layer."""

import os

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterVectorLayer,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ...compat import FieldType, GeometryType, SourceType, WkbType
from ...core import guf as gufreader
from ...core import wellimport as wi
from ...glue import geometry as geometry_bridge
from ...glue.writer import Writer
from ..base import BronnenstrategieAlgorithm
from ..utils import RD_NEW, raise_if_canceled, single_point

#: SCHEMA enum order.
SCHEMA_ORDER = ("auto", wi.PROVINCE, wi.WKOTOOL, wi.GUF, wi.CUSTOM)
#: Field-mapping parameters: parameter name -> role.
MAPPING = (
    ("MAP_SYSTEM", wi.SYSTEM),
    ("MAP_WELL_ID", wi.WELL_ID),
    ("MAP_WELL_CODE", wi.WELL_CODE),
    ("MAP_TEMPERATURE", wi.TEMPERATURE),
    ("MAP_ROLE", wi.ROLE),
    ("MAP_VOLUME_SEASON", wi.VOLUME_SEASON),
    ("MAP_VOLUME_YEAR", wi.VOLUME_YEAR),
    ("MAP_CAPACITY", wi.CAPACITY),
    ("MAP_SCREEN_TOP", wi.SCREEN_TOP),
    ("MAP_SCREEN_BOTTOM", wi.SCREEN_BOTTOM),
    ("MAP_SCREEN2_TOP", wi.SCREEN2_TOP),
    ("MAP_SCREEN2_BOTTOM", wi.SCREEN2_BOTTOM),
    ("MAP_AQUIFER", wi.AQUIFER),
    ("MAP_STATUS", wi.STATUS),
    ("MAP_SOURCE_ID", wi.SOURCE_ID),
    ("MAP_X", wi.X),
    ("MAP_Y", wi.Y),
)
#: Roles that make a layer a register (one of them must be found or mapped).
USEFUL_ROLES = (
    wi.SYSTEM,
    wi.WELL_ID,
    wi.WELL_CODE,
    wi.TEMPERATURE,
    wi.VOLUME_SEASON,
    wi.VOLUME_YEAR,
)
FIELD_TYPES = {"str": FieldType.String, "float": FieldType.Double}
CHUNK = 2000


class ImportWells(BronnenstrategieAlgorithm):
    NAME = "importwells"
    GROUP_ID = "bodemenergie"
    STYLES = {"OUTPUT": "importwells_output.qml", "OUTPUT_CLOSED": "importwells_closed.qml"}

    INPUT = "INPUT"
    GUF = "GUF"
    GUF_FOLDER = "GUF_FOLDER"
    SCHEMA = "SCHEMA"
    COORD_CRS = "COORD_CRS"
    INCLUDE_INACTIVE = "INCLUDE_INACTIVE"
    OUTPUT = "OUTPUT"
    OUTPUT_CLOSED = "OUTPUT_CLOSED"
    OUTPUT_PROBLEMS = "OUTPUT_PROBLEMS"

    def displayName(self):  # noqa: N802
        return self.tr("Import a soil-energy register (wells)")

    def shortDescription(self):  # noqa: N802
        return self.tr(
            "Reads a provincial permit layer, a WKO-tool export, BRO GUF documents "
            "or any point layer into the standard well layer, repairing what it "
            "can and counting every repair and rejection."
        )

    def help_text(self):
        return self.tr(
            "<p>Loads a soil-energy register as it comes and writes the plugin's standard "
            "well layer in RD New (EPSG:28992), with the fields the soil-energy algorithms "
            "read by default: well_id, system_id, temperature (warm / koud / empty), role "
            "(infiltration / extraction / both), volume_m3 (per well per season, m³), "
            "volume_year_m3 (the system's permitted volume per year, m³), capacity_m3h "
            "(permitted capacity, m³/h), screen_top and screen_bottom (m below surface), "
            "aquifer, status, source_id and problems (what was repaired or assumed for "
            "this well). A second table counts every problem kind.</p>"
            "<p><b>Registers</b> (detected by their field names, or chosen): provincial "
            "permit layers from the LGR (Vergund_m3_jaar per system per year, Vergund_m3_h "
            "m³/h, WVP aquifer, LGR_inr_nr system, well codes W1, K1, M, ...); the national "
            "WKO-tool export (Installatie ID, Status put, pompcapaciteit m³/h, "
            "maxhoeveelheidm3onttrekking taken as m³ per system per year [assumption]); BRO "
            "GUF documents (one XML file, a zip as downloaded from the BRO, or a folder); "
            "or a custom mapping (the field-mapping parameters, which also override what "
            "detection chose). The log states the schema and the mapping used.</p>"
            "<p><b>Values</b>: '-', 'onbekend', 'n.v.t.' are read as empty; '&lt;10' is kept "
            "as 10 (an upper bound); decimal commas (139,6), thousands separators, numbers "
            "stored as text and a unit written after the number (90 m3/h; rejected when it "
            "contradicts the field's unit) are repaired; depths outside 0-1,000 m and "
            "volumes of zero or less are left empty. Each is counted.</p>"
            "<p><b>Well codes</b>: W1, K1 (warm / cold well of the system); M, Mono (a mono "
            "well: one borehole with two screens becomes two wells at one location, warm "
            "in the upper and cold in the lower screen [assumption], with the screen range "
            "split in halves when only one range is given [assumption]); M (W), M (K), "
            "M (I), M (O) (one screen of a mono well); Onttrekking / Infiltratie (one-way "
            "wells). Rows that are not wells ('Bronnen onbekend (niet aangelegd)') are "
            "rejected.</p>"
            "<p><b>Season volume</b>: taken from the well's own field where the register "
            "has one; else volume_m3 = the system's yearly volume / the number of its wells "
            "(at least 2, a doublet) [assumption: the yearly pumped volume passes each well "
            "once per season, as the algorithms' volume basis 'per system per year'].</p>"
            "<p><b>Locations</b>: any CRS in, RD New out; a layer without geometry takes "
            "its coordinate fields (X_coordinaat / Y_coordinaat, x / y). Wells outside the "
            "area of RD New (the Netherlands) are rejected with their ids. Exact duplicates "
            "of one system (same location to the cm, code, temperature and screen) are "
            "merged. Shapefiles are read in the code page of their .cpg or .cst file, else "
            "detected (UTF-8 or Windows-1252). Wells out of use (status Buiten Gebruik, "
            "Gedempt, ...) are left out unless asked for.</p>"
            "<p><b>BRO GUF</b>: the current state of each GUF_PO / GUF_PPO (history "
            "documents: their objectHistory is skipped); realised wells of open systems "
            "(openBodemenergiesysteem) where there are any, else the design wells of the "
            "licences (status ontwerp); relativeTemperature, wellFunction, screens, "
            "maximumWellCapacity, licensed quantities (maximumPerYear, else per quarter x 4 "
            "or per month x 12 [assumption]). Closed systems (geslotenBodemenergiesysteem) "
            "go into the closed-loop layer with depth_top 0 and depth_bottom = loopDepth "
            "[assumption: a vertical loop from the surface], the layer wellconflicts "
            "reads. Positions in EPSG:28992 or EPSG:4258 (latitude first).</p>"
            "<p>An empty result is an error, not an empty layer. Sources: GUF catalogue "
            "and code lists of the BRO programme; volume basis as in docs/method.md.</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self._add_input_parameters()
        self._add_mapping_parameters()
        self._add_other_parameters()

    def _add_input_parameters(self):
        """The register layer or GUF documents and its schema."""
        self.add_param(
            QgsProcessingParameterVectorLayer(
                self.INPUT, self.tr("Register layer"), [SourceType.Vector], optional=True
            ),
            self.tr(
                "Point layer or table of the register: shapefile, GeoPackage, GeoJSON, "
                "CSV, WFS, ... Leave empty to read BRO GUF documents."
            ),
        )
        self.add_param(
            QgsProcessingParameterFile(
                self.GUF,
                self.tr("BRO GUF documents (XML or zip)"),
                optional=True,
                fileFilter=self.tr("BRO GUF documents (*.xml *.zip)"),
            ),
            self.tr(
                "One BRO GUF dispatch document (XML) or a zip of them as downloaded "
                "from the BRO."
            ),
        )
        self.add_param(
            QgsProcessingParameterFile(
                self.GUF_FOLDER,
                self.tr("Folder of BRO GUF documents"),
                behavior=QgsProcessingParameterFile.Behavior.Folder,
                optional=True,
            ),
            self.tr("A folder with BRO GUF XML documents (and zips of them)."),
        )
        self.add_param(
            QgsProcessingParameterEnum(
                self.SCHEMA,
                self.tr("Register schema"),
                options=[
                    self.tr("Detect from the field names"),
                    self.tr("Provincial permit layer (LGR)"),
                    self.tr("WKO-tool export"),
                    self.tr("BRO GUF"),
                    self.tr("Custom (the field mapping below)"),
                ],
                defaultValue=0,
            ),
            self.tr(
                "Which register the layer is. Detected from the field names by default; "
                "the field-mapping parameters override the schema's fields."
            ),
        )

    def _add_mapping_parameters(self):
        """The optional field mapping (advanced)."""
        texts = {
            "MAP_SYSTEM": (
                self.tr("Field: system id"),
                self.tr("Id of the system (installation) the well belongs to."),
            ),
            "MAP_WELL_ID": (self.tr("Field: well id"), self.tr("Id of the well.")),
            "MAP_WELL_CODE": (
                self.tr("Field: well code"),
                self.tr(
                    "Well code as provinces write it: W1, K1, M, Mono, " "M (W), Onttrekking, ..."
                ),
            ),
            "MAP_TEMPERATURE": (
                self.tr("Field: temperature (warm / koud)"),
                self.tr("warm / koud (also w, k, cold)."),
            ),
            "MAP_ROLE": (
                self.tr("Field: well function"),
                self.tr("infiltratie / onttrekking / both."),
            ),
            "MAP_VOLUME_SEASON": (
                self.tr("Field: volume per well per season (m³)"),
                self.tr("Volume one well stores in one season, m³."),
            ),
            "MAP_VOLUME_YEAR": (
                self.tr("Field: permitted volume per system per year (m³)"),
                self.tr(
                    "The system's yearly permitted volume, m³; divided "
                    "over its wells where no season volume is given."
                ),
            ),
            "MAP_CAPACITY": (
                self.tr("Field: permitted capacity (m³/h)"),
                self.tr("Permitted pumping capacity, m³/h."),
            ),
            "MAP_SCREEN_TOP": (
                self.tr("Field: screen top (m below surface)"),
                self.tr("Top of the (first) screen, m below surface."),
            ),
            "MAP_SCREEN_BOTTOM": (
                self.tr("Field: screen bottom (m below surface)"),
                self.tr("Bottom of the (first) screen, m below surface."),
            ),
            "MAP_SCREEN2_TOP": (
                self.tr("Field: second screen top (mono wells)"),
                self.tr("Top of the second screen of a mono well."),
            ),
            "MAP_SCREEN2_BOTTOM": (
                self.tr("Field: second screen bottom (mono wells)"),
                self.tr("Bottom of the second screen of a mono well."),
            ),
            "MAP_AQUIFER": (
                self.tr("Field: aquifer"),
                self.tr("Aquifer code (e.g. WVP 1, a REGIS layer code)."),
            ),
            "MAP_STATUS": (
                self.tr("Field: status"),
                self.tr("Status of the well (In Gebruik, Buiten Gebruik, ...)."),
            ),
            "MAP_SOURCE_ID": (
                self.tr("Field: source id"),
                self.tr("Id of the row in the register (else the feature " "id)."),
            ),
            "MAP_X": (
                self.tr("Field: X coordinate"),
                self.tr("X (or longitude) for rows without a geometry."),
            ),
            "MAP_Y": (
                self.tr("Field: Y coordinate"),
                self.tr("Y (or latitude) for rows without a geometry."),
            ),
        }
        for key, _role in MAPPING:
            label, help_text = texts[key]
            self.add_param(
                QgsProcessingParameterField(
                    key, label, parentLayerParameterName=self.INPUT, optional=True
                ),
                help_text + " " + self.tr("Optional: overrides the schema's field."),
                advanced=True,
            )

    def _add_other_parameters(self):
        """Coordinates, filters, the output and the numbers reported."""
        self.add_param(
            QgsProcessingParameterCrs(
                self.COORD_CRS, self.tr("CRS of the coordinate fields"), optional=True
            ),
            self.tr(
                "CRS of X / Y fields of a table without geometry. Empty: longitude / "
                "latitude (EPSG:4326) when the values look like it, else RD New."
            ),
            advanced=True,
        )
        self.add_param(
            QgsProcessingParameterBoolean(
                self.INCLUDE_INACTIVE, self.tr("Keep wells out of use"), defaultValue=False
            ),
            self.tr(
                "Off (default): wells whose status says they are out of use (Buiten "
                "Gebruik, Gedempt, Ingetrokken, ...) are left out and counted."
            ),
        )
        self.add_param(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Wells (RD New)"), SourceType.VectorPoint
            ),
            self.tr(
                "The standard well layer in EPSG:28992. Save it as layer wko_wells of a "
                "GeoPackage to use it in 'Run the whole heat source strategy'."
            ),
        )
        self.add_param(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_CLOSED,
                self.tr("Closed loops (RD New)"),
                SourceType.VectorPoint,
                optional=True,
            ),
            self.tr(
                "Closed soil-energy loops of BRO GUF documents: loop_id, system_id, kind, "
                "depth_top, depth_bottom (m below surface), status, source_id, problems."
            ),
        )
        self.add_param(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_PROBLEMS, self.tr("Problems per kind"), SourceType.Vector
            ),
            self.tr(
                "One row per problem kind and field: kind, action (repaired, assumed, "
                "rejected, merged, note), field, count, description, examples (source "
                "ids)."
            ),
        )
        for key, text in (
            ("N_WELLS", self.tr("Wells written")),
            ("N_REJECTED", self.tr("Rows rejected")),
            ("N_CLOSED", self.tr("Closed loops written")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, text))
        self.addOutput(QgsProcessingOutputString("SCHEMA_USED", self.tr("Schema used")))

    # -- texts ----------------------------------------------------------------------------
    def problem_texts(self):
        """Short text per problem kind ({field}, {detail} filled in)."""
        return {
            "placeholder": self.tr("'{detail}' in {field} read as empty"),
            "upper_bound": self.tr("'{detail}' in {field} is an upper bound, kept as the number"),
            "lower_bound": self.tr("'{detail}' in {field} is a lower bound, kept as the number"),
            "approximate": self.tr("'{detail}' in {field} is approximate, kept as the number"),
            "decimal_comma": self.tr("decimal comma in {field} ('{detail}')"),
            "thousands": self.tr("thousands separators in {field} ('{detail}')"),
            "number_text": self.tr("number stored as text in {field}"),
            "unit_text": self.tr("unit removed from {field} ('{detail}')"),
            "unit_mismatch": self.tr("'{detail}' in {field} has another unit: left empty"),
            "not_number": self.tr("'{detail}' in {field} is not a number: left empty"),
            "implausible": self.tr("implausible value '{detail}' in {field}: left empty"),
            "screen_swapped": self.tr("screen top and bottom swapped ({field})"),
            "season_from_year": self.tr(
                "volume_m3 = yearly volume / {detail} wells of the " "system [assumption]"
            ),
            "doublet_assumed": self.tr(
                "fewer than 2 wells of the system listed: a doublet " "assumed"
            ),
            "season_from_design": self.tr(
                "volume_m3 from the design's maximum yearly warm / "
                "cold quantity / its warm / cold wells"
            ),
            "yearly_from_part": self.tr("yearly volume from {detail} [assumption]"),
            "code_temperature": self.tr("temperature from the well code '{detail}'"),
            "code_unknown": self.tr("well code '{detail}' not recognised"),
            "temperature_text": self.tr("'{detail}' in {field} is not warm or koud: left " "empty"),
            "temperature_conflict": self.tr(
                "well code '{detail}' disagrees with the " "temperature field; the field is kept"
            ),
            "mono_split": self.tr("mono well '{detail}' split into a warm and a cold well"),
            "mono_halves": self.tr(
                "mono well: screen range split in halves, warm upper, " "cold lower [assumption]"
            ),
            "mono_no_screen": self.tr("mono well without screens: both wells at unknown " "depth"),
            "mono_screen": self.tr("one screen of a mono well ('{detail}')"),
            "duplicate": self.tr("{detail} identical records of this well merged"),
            "shared_location": self.tr("location shared with {detail} other system(s)"),
            "no_volume": self.tr("no volume: the algorithms skip this well"),
            "no_system": self.tr("no system id"),
            "no_temperature": self.tr("temperature unknown: the distance rules skip this " "well"),
            "encoding": self.tr("text read as {detail}"),
            "coordinates_from_fields": self.tr("location from the coordinate fields " "({detail})"),
            "location_centroid": self.tr("location: a point on the feature's surface"),
            "location_installation": self.tr(
                "location of the installation (the well's own " "is not public)"
            ),
            "multi_screen": self.tr("{detail} screens: top of the first to bottom of the " "last"),
            "capacity_system": self.tr("capacity is the system's maximum per hour"),
            "loop_top_surface": self.tr("loop top at the surface [assumption]"),
            "loop_centre": self.tr("location: centre of the loop's line or area"),
            "design_superseded": self.tr("design wells left out: the system has realised " "wells"),
            "not_a_well": self.tr("not a well ('{detail}')"),
            "outside_nl": self.tr("outside the Netherlands (the area of RD New)"),
            "no_location": self.tr("no location"),
            "inactive": self.tr("out of use ('{detail}')"),
            "not_soil_energy": self.tr("installation is not a soil-energy system " "('{detail}')"),
            "licence_ended": self.tr("design wells of an ended licence"),
        }

    def action_texts(self):
        return {
            wi.REPAIRED: self.tr("repaired"),
            wi.ASSUMED: self.tr("assumed"),
            wi.REJECTED: self.tr("rejected"),
            wi.MERGED: self.tr("merged"),
            wi.NOTE: self.tr("note"),
        }

    @staticmethod
    def _format(texts, kind, field, detail):
        text = texts.get(kind, kind)
        return text.format(field=field or "-", detail=detail)

    @staticmethod
    def _is_guf_path(raw):
        return isinstance(raw, str) and (
            raw.lower().endswith((".xml", ".zip")) or os.path.isdir(raw)
        )

    def checkParameterValues(self, parameters, context):  # noqa: N802
        # GUF documents (an .xml, a .zip or a folder) may also be given as INPUT
        if self._is_guf_path(parameters.get(self.INPUT)):
            parameters = {k: v for k, v in parameters.items() if k != self.INPUT}
        return super().checkParameterValues(parameters, context)

    # -- reading --------------------------------------------------------------------------
    def _guf_path(self, parameters, context):
        raw = parameters.get(self.INPUT)
        if self._is_guf_path(raw):
            return raw
        for key in (self.GUF, self.GUF_FOLDER):
            path = self.parameterAsFile(parameters, key, context)
            if path:
                return path
        return ""

    def _transform(self, records, context):
        """Transform the records' x, y from their 'crs' to RD New in place (grouped)."""
        rd = QgsCoordinateReferenceSystem(RD_NEW)
        groups = {}
        for rec in records:
            if rec.get("x") is not None and rec.get("crs"):
                groups.setdefault(rec["crs"], []).append(rec)
        for authid, group in groups.items():
            crs = QgsCoordinateReferenceSystem(authid)
            if not crs.isValid():
                for rec in group:
                    rec["x"] = rec["y"] = None
                continue
            tr = QgsCoordinateTransform(crs, rd, context.transformContext())
            x = np.array([r["x"] for r in group], dtype=float)
            y = np.array([r["y"] for r in group], dtype=float)
            tx, ty, ok = geometry_bridge.transform_xy(tr, x, y)
            for rec, a, b, good in zip(group, tx.tolist(), ty.tolist(), ok.tolist()):
                rec["x"], rec["y"] = (a, b) if good else (None, None)

    def _read_guf(self, path, include_inactive, context, feedback):
        problems = wi.Problems()
        try:
            wells, loops, n_docs, bad, problems = gufreader.read_path(
                path, problems, on_document=lambda name: raise_if_canceled(feedback)
            )
        except gufreader.GufError as exc:
            if exc.root is None:
                raise QgsProcessingException(
                    self.tr("'{name}' is not a readable XML document ({reason}).").format(
                        name=exc.name, reason=exc.reason or "-"
                    )
                ) from exc
            raise QgsProcessingException(
                self.tr(
                    "'{name}' is not a BRO GUF document: its root element is <{root}> (a GUF "
                    "dispatch document holds GUF_PO or GUF_PPO objects, usually in a "
                    "dispatchDataResponse).{reason}"
                ).format(
                    name=exc.name, root=exc.root, reason=(" " + exc.reason) if exc.reason else ""
                )
            ) from exc
        feedback.pushInfo(
            self.tr("Schema: BRO GUF; {n} document(s) read from {path}.").format(
                n=n_docs, path=path
            )
        )
        for name, root in bad:
            feedback.pushWarning(
                self.tr(
                    "Skipped '{name}': not a BRO GUF document (root " "element <{root}>)."
                ).format(name=name, root=root or "-")
            )
        raise_if_canceled(feedback)
        self._transform(wells + loops, context)
        rows, problems = wi.build_wells(wells, include_inactive=include_inactive, problems=problems)
        loop_rows, problems = wi.build_loops(
            loops, include_inactive=include_inactive, problems=problems
        )
        return rows, loop_rows, problems, wi.GUF

    def _layer_with_encoding(self, layer, feedback):
        """(layer, encoding note or None): a shapefile whose code page GDAL does not apply
        (a .cst file, or none named: detected) is opened again in the right one."""
        if layer.providerType() != "ogr":
            return layer, None
        path = layer.source().split("|")[0]
        if not path.lower().endswith(".shp") or not os.path.exists(path):
            return layer, None
        codec, how = wi.shapefile_encoding(path)
        if codec is None or how in ("ascii", "none"):
            return layer, None
        descriptions = {
            "cpg": self.tr("code page from the .cpg file"),
            "cst": self.tr("code page from the .cst file"),
            "ldid": self.tr("code page from the .dbf header"),
            "utf8": self.tr("detected"),
            "latin1": self.tr("detected"),
        }
        note = f"{codec} ({descriptions[how]})"
        feedback.pushInfo(self.tr("Shapefile text read as {}.").format(note))
        if how in ("cst", "latin1", "utf8"):
            again = QgsVectorLayer(path, layer.name(), "ogr")
            again.setProviderEncoding(codec)
            if layer.subsetString():
                again.setSubsetString(layer.subsetString())
            if again.isValid():
                return again, note
        return layer, note

    def _schema(self, parameters, context, layer, feedback):
        names = layer.fields().names()
        choice = SCHEMA_ORDER[self.parameterAsEnum(parameters, self.SCHEMA, context)]
        overrides = {}
        for key, role in MAPPING:
            name = self.field_or_raise(parameters, key, context, layer)
            if name:
                overrides[role] = name
        how = ""
        if choice == wi.GUF:
            raise QgsProcessingException(
                self.tr(
                    "Schema BRO GUF reads XML documents: give them as 'BRO GUF documents' or "
                    "'Folder of BRO GUF documents', not as a layer."
                )
            )
        if choice == "auto":
            schema, found = wi.detect_schema(names)
            if schema is None:
                schema = wi.CUSTOM if overrides else None
                how = self.tr("no known register; the field mapping")
            else:
                how = self.tr("detected from the fields {}").format(", ".join(found))
        else:
            schema = choice
            how = self.tr("chosen")
        mapping = wi.resolve_mapping(schema, names, overrides) if schema else {}
        if schema is None or not any(mapping.get(role) for role in USEFUL_ROLES):
            raise QgsProcessingException(
                self.tr(
                    "No known register schema in this layer and no field mapping. Fields "
                    "found: {fields}. Choose the schema, or set the field-mapping parameters "
                    "(at least one of MAP_SYSTEM, MAP_WELL_ID, MAP_WELL_CODE, MAP_TEMPERATURE, "
                    "MAP_VOLUME_SEASON, MAP_VOLUME_YEAR; also MAP_CAPACITY, MAP_SCREEN_TOP, "
                    "MAP_SCREEN_BOTTOM, MAP_AQUIFER, MAP_STATUS, MAP_SOURCE_ID, MAP_X, MAP_Y)."
                ).format(fields=", ".join(names) or "-")
            )
        labels = {
            wi.PROVINCE: self.tr("provincial permit layer"),
            wi.WKOTOOL: self.tr("WKO-tool export"),
            wi.CUSTOM: self.tr("custom"),
        }
        feedback.pushInfo(
            self.tr("Schema: {schema} ({how}).").format(schema=labels[schema], how=how)
        )
        feedback.pushInfo(
            self.tr("Mapping: {}.").format(
                ", ".join(f"{role} <- '{field}'" for role, field in mapping.items())
            )
        )
        return schema, mapping

    def _read_layer(self, parameters, context, layer, include_inactive, feedback):
        layer, encoding = self._layer_with_encoding(layer, feedback)
        schema, mapping = self._schema(parameters, context, layer, feedback)
        fields = layer.fields()
        index = {role: fields.lookupField(name) for role, name in mapping.items()}
        has_geometry = (
            layer.isSpatial() and QgsWkbTypes.geometryType(layer.wkbType()) != GeometryType.Null
        )
        total = layer.featureCount() or 0
        rows = []  # (fid, x, y, values, notes)
        for i, feature in enumerate(layer.getFeatures()):
            if i % 1000 == 0:
                raise_if_canceled(feedback)
                if total:
                    feedback.setProgress(50.0 * i / total)
            attrs = feature.attributes()
            values = {}
            for role, k in index.items():
                value = attrs[k] if k >= 0 else None
                if value is not None and hasattr(value, "isNull") and value.isNull():
                    value = None
                values[role] = value
            notes = []
            if encoding and any(
                isinstance(v, str) and any(ord(c) > 127 for c in v) for v in values.values()
            ):
                notes.append(("encoding", "", encoding))
            x = y = None
            if has_geometry:
                geometry = feature.geometry()
                point = single_point(geometry)
                if (
                    point is None
                    and geometry is not None
                    and not geometry.isNull()
                    and not geometry.isEmpty()
                    and geometry.type() != GeometryType.Point
                ):
                    point = geometry.pointOnSurface().asPoint()
                    notes.append(("location_centroid", "", ""))
                if point is not None:
                    x, y = point.x(), point.y()
            rows.append((feature.id(), x, y, values, notes))
        # coordinates from the X / Y fields where there is no geometry
        crs_param = self.parameterAsCrs(parameters, self.COORD_CRS, context)
        need = [r for r in rows if r[1] is None]
        xy_crs = None
        if need and mapping.get(wi.X) and mapping.get(wi.Y):
            parsed = []
            for r in need:
                cx, nx = wi.parse_number(r[3].get(wi.X), "m")
                cy, ny = wi.parse_number(r[3].get(wi.Y), "m")
                parsed.append(
                    (
                        cx,
                        cy,
                        [(kind, mapping[wi.X], text) for kind, text in nx]
                        + [(kind, mapping[wi.Y], text) for kind, text in ny],
                    )
                )
            if crs_param.isValid():
                xy_crs = crs_param.authid()
            else:
                xy_crs = (
                    wi.guess_coordinate_crs([p[0] for p in parsed], [p[1] for p in parsed])
                    or RD_NEW
                )
            feedback.pushInfo(
                self.tr(
                    "Locations of rows without geometry from the fields " "{x} / {y} in {crs}."
                ).format(x=mapping[wi.X], y=mapping[wi.Y], crs=xy_crs)
            )
        records = []
        k = 0
        for fid, x, y, values, notes in rows:
            sid = wi.text_value(values.get(wi.SOURCE_ID)) or str(fid)
            crs = "layer" if x is not None else None
            if x is None and xy_crs:
                cx, cy, xy_notes = parsed[k]
                k += 1
                if cx is not None and cy is not None:
                    x, y, crs = cx, cy, xy_crs
                    notes.append(("coordinates_from_fields", "", xy_crs))
                    notes.extend(n for n in xy_notes if n[0] != "number_text")
            rec = wi.make_record(sid, x, y, values, notes)
            rec["crs"] = crs
            records.append(rec)
        self._transform_layer(records, layer, context, feedback)
        names = dict(mapping)
        rows, problems = wi.build_wells(records, names, include_inactive)
        return rows, [], problems, schema

    def _transform_layer(self, records, layer, context, feedback):
        """Transform the records located by the layer's geometry (crs 'layer') to RD New;
        a layer without a CRS is taken as longitude / latitude or RD New by its
        coordinates."""
        group = [r for r in records if r.get("crs") == "layer"]
        crs = layer.crs()
        if group and not crs.isValid():
            guess = wi.guess_coordinate_crs([r["x"] for r in group], [r["y"] for r in group])
            crs = QgsCoordinateReferenceSystem(guess or RD_NEW)
            feedback.pushWarning(
                self.tr("The layer has no CRS: its coordinates are read as " "{}.").format(
                    crs.authid()
                )
            )
        if group:
            tr = QgsCoordinateTransform(
                crs, QgsCoordinateReferenceSystem(RD_NEW), context.transformContext()
            )
            x = np.array([r["x"] for r in group], dtype=float)
            y = np.array([r["y"] for r in group], dtype=float)
            tx, ty, ok = geometry_bridge.transform_xy(tr, x, y)
            for rec, a, b, good in zip(group, tx.tolist(), ty.tolist(), ok.tolist()):
                rec["x"], rec["y"] = (a, b) if good else (None, None)
                rec["crs"] = None
            if crs.authid() != RD_NEW:
                feedback.pushInfo(
                    self.tr("Locations transformed from {} to RD New.").format(
                        crs.authid() or crs.description()
                    )
                )
        self._transform([r for r in records if r.get("crs")], context)

    # -- writing ----------------------------------------------------------------------------
    def _write(self, parameters, key, context, feedback, field_spec, rows, texts):
        fields = QgsFields()
        for name, kind in field_spec:
            field = QgsField(name, FIELD_TYPES[kind])
            if kind == "float":
                field = QgsField(name, FieldType.Double, "double", 20, 3)
            fields.append(field)
        out = Writer.open(
            self,
            parameters,
            key,
            context,
            fields,
            WkbType.Point,
            QgsCoordinateReferenceSystem(RD_NEW),
        )
        names = [name for name, _ in field_spec]
        for first in range(0, len(rows), CHUNK):
            raise_if_canceled(feedback)
            batch = []
            for row in rows[first : first + CHUNK]:
                f = QgsFeature(fields)
                f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(row["x"], row["y"])))
                values = dict(row)
                values["problems"] = "; ".join(
                    self._format(texts, kind, field, detail)
                    for kind, field, detail in row["problems"]
                )
                f.setAttributes([values.get(name) for name in names])
                batch.append(f)
            out.add_features(batch)
        return out.dest

    def _write_problems(self, parameters, context, problems, texts, feedback):
        fields = QgsFields()
        for name, kind in (
            ("kind", FieldType.String),
            ("action", FieldType.String),
            ("field", FieldType.String),
            ("count", FieldType.Int),
            ("description", FieldType.String),
            ("examples", FieldType.String),
        ):
            fields.append(QgsField(name, kind))
        out = Writer.open(
            self,
            parameters,
            self.OUTPUT_PROBLEMS,
            context,
            fields,
            WkbType.NoGeometry,
            QgsCoordinateReferenceSystem(),
        )
        actions = self.action_texts()
        features = []
        for row in problems.table():
            if row["count"] <= 0:
                continue
            description = self._format(texts, row["kind"], row["field"], row["detail"])
            f = QgsFeature(fields)
            f.setAttributes(
                [
                    row["kind"],
                    actions.get(row["action"], row["action"]),
                    row["field"],
                    int(row["count"]),
                    description,
                    ", ".join(row["examples"]),
                ]
            )
            features.append(f)
            message = self.tr("{count} × {action}: {text}").format(
                count=row["count"],
                action=actions.get(row["action"], row["action"]),
                text=description,
            )
            if row["action"] == wi.REJECTED or row["kind"] in wi.WARNING_KINDS:
                message += " " + self.tr("(ids: {ids}{more})").format(
                    ids=", ".join(row["examples"][:20]), more=", ..." if row["count"] > 20 else ""
                )
                feedback.pushWarning(message)
            else:
                feedback.pushInfo(message)
        out.add_features(features)
        return out.dest

    def _read_input(self, parameters, context, feedback):
        """(rows, loops, problems, schema) of the register layer or the GUF documents."""
        include_inactive = self.parameterAsBoolean(parameters, self.INCLUDE_INACTIVE, context)
        guf_path = self._guf_path(parameters, context)
        layer = None if guf_path else self.parameterAsVectorLayer(parameters, self.INPUT, context)
        if guf_path:
            if not os.path.exists(guf_path):
                raise QgsProcessingException(self.tr("'{}' does not exist.").format(guf_path))
            rows, loops, problems, schema = self._read_guf(
                guf_path, include_inactive, context, feedback
            )
        elif layer is not None:
            if SCHEMA_ORDER[self.parameterAsEnum(parameters, self.SCHEMA, context)] == wi.GUF:
                raise QgsProcessingException(
                    self.tr(
                        "Schema BRO GUF reads XML documents: give them as 'BRO GUF documents' "
                        "or 'Folder of BRO GUF documents', not as a layer."
                    )
                )
            rows, loops, problems, schema = self._read_layer(
                parameters, context, layer, include_inactive, feedback
            )
        else:
            raise QgsProcessingException(
                self.tr("Choose a register layer (INPUT) or BRO GUF documents (GUF or GUF_FOLDER).")
            )
        return rows, loops, problems, schema

    def _write_outputs(self, parameters, context, feedback, rows, loops):
        """Write the wells and (when asked for) the closed loops; the texts of the problems."""
        texts = self.problem_texts()
        results = {}
        results[self.OUTPUT] = self._write(
            parameters, self.OUTPUT, context, feedback, wi.OUTPUT_FIELDS, rows, texts
        )
        feedback.setProgress(85)
        if loops:
            if parameters.get(self.OUTPUT_CLOSED) is not None:
                results[self.OUTPUT_CLOSED] = self._write(
                    parameters,
                    self.OUTPUT_CLOSED,
                    context,
                    feedback,
                    wi.CLOSED_FIELDS,
                    loops,
                    texts,
                )
            else:
                feedback.pushWarning(
                    self.tr(
                        "{n} closed loop(s) read but not written: set the output 'Closed " "loops'."
                    ).format(n=len(loops))
                )
        return results, texts

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        rows, loops, problems, schema = self._read_input(parameters, context, feedback)
        feedback.setProgress(60)
        n_rejected = sum(
            r["count"]
            for r in problems.table()
            if r["action"] in (wi.REJECTED, wi.MERGED)
            and r["kind"] not in ("unit_mismatch", "not_number", "implausible", "design_superseded")
        )
        if not rows and not loops:
            kinds = ", ".join(
                "{} {}".format(r["count"], r["kind"])
                for r in problems.table()
                if r["action"] in (wi.REJECTED, wi.MERGED) and r["count"]
            )
            raise QgsProcessingException(
                self.tr(
                    "No well could be imported ({kinds}): check the schema, the field mapping "
                    "and the status filter."
                ).format(kinds=kinds or self.tr("no rows"))
            )
        results, texts = self._write_outputs(parameters, context, feedback, rows, loops)
        results[self.OUTPUT_PROBLEMS] = self._write_problems(
            parameters, context, problems, texts, feedback
        )
        feedback.pushInfo(
            self.tr(
                "{n} well(s) written, {c} closed loop(s), {r} row(s) " "rejected or merged."
            ).format(n=len(rows), c=len(loops), r=n_rejected)
        )
        feedback.setProgress(100)
        results.update(
            {
                "N_WELLS": len(rows),
                "N_REJECTED": n_rejected,
                "N_CLOSED": len(loops),
                "SCHEMA_USED": schema,
            }
        )
        return results
