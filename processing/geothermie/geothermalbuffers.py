"""bronnenstrategie:geothermalbuffers: space claims, capacity and conflicts of deep
geothermal (search) locations."""

from collections import OrderedDict
from dataclasses import astuple, dataclass

from qgis.core import (
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsSpatialIndex,
    QgsWkbTypes,
)

from ...compat import GeometryType, SourceType, WkbType
from ...core import constants, geothermal
from ...glue import geometry, writer
from ...glue.writer import Field
from .. import utils
from ..base import BronnenstrategieAlgorithm

KIND_DRILLING = "drilling_site"
KIND_PERMANENT = "permanent_site"
KIND_SEARCH = "search_area"


class _Notes:
    """Counts locations whose field value was replaced by a fallback, per reason."""

    def __init__(self, feedback):
        self.feedback = feedback
        self.counts = OrderedDict()
        self.messages = {}
        self.examples = {}

    def add(self, key, message, example):
        self.counts[key] = self.counts.get(key, 0) + 1
        self.messages.setdefault(key, message)
        self.examples.setdefault(key, []).append(str(example))

    def report(self, template):
        for key, count in self.counts.items():
            names = self.examples[key][:10]
            more = ", ..." if count > len(names) else ""
            self.feedback.pushWarning(
                template.format(
                    count=count, reason=self.messages[key], names=", ".join(names) + more
                )
            )
        return sum(self.counts.values())


SITE_FIELDS = (
    Field("name", "String"),
    Field("category", "Int"),
    Field("kind", "String"),
    Field("area_m2", "Double"),
    Field("doublets", "Int"),
    Field("power_mw", "Double"),
    Field("heat_tj", "Double"),
    Field("homes", "Double"),
    Field("r_cold_front", "Double"),
)
NOISE_FIELDS = (
    Field("name", "String"),
    Field("category", "Int"),
    Field("noise_m", "Double"),
    Field("n_sensitive", "Int"),
)
RESERVOIR_FIELDS = (
    Field("name", "String"),
    Field("category", "Int"),
    Field("doublet", "Int"),
    Field("azimuth", "Double"),
    Field("spacing_m", "Double"),
    Field("depth_m", "Double"),
    Field("r_cold_front", "Double"),
    Field("area_m2", "Double"),
    Field("power_mw", "Double"),
)
CONFLICT_FIELDS = (
    Field("name_a", "String"),
    Field("category_a", "Int"),
    Field("name_b", "String"),
    Field("category_b", "Int"),
    Field("area_m2", "Double"),
    Field("area_ha", "Double"),
)


@dataclass(frozen=True)
class _Fields:
    """The optional fields of the locations layer ('' when not set)."""

    name: str
    category: str
    doublets: str
    azimuth: str


def _qgs(shapes, back=None):
    """Single-part multipolygons of a :class:`geothermal.Shapes`, transformed with
    ``back`` when given."""
    if shapes.rings is None:
        return [geometry.from_shapely(shape, multi=True, transform=back) for shape in shapes.geoms]
    if back is None:
        return geometry.polygon_geometries(shapes.rings, multi=True)
    try:
        return geometry.polygon_geometries(geometry.transform_rings(shapes.rings, back), multi=True)
    except QgsCsException:  # one geometry at a time: raises where it did before
        out = geometry.polygon_geometries(shapes.rings, multi=True)
        for geom in out:
            geom.transform(back)
        return out


class GeothermalBuffers(BronnenstrategieAlgorithm):
    NAME = "geothermalbuffers"
    GROUP_ID = "geothermie"
    STYLES = {
        "OUTPUT_SITES": "geothermalbuffers_sites.qml",
        "OUTPUT_NOISE": "geothermalbuffers_noise.qml",
        "OUTPUT_RESERVOIR": "geothermalbuffers_reservoir.qml",
        "OUTPUT_CONFLICTS": "geothermalbuffers_conflicts.qml",
    }

    INPUT = "INPUT"
    NAME_FIELD = "NAME_FIELD"
    CATEGORY_FIELD = "CATEGORY_FIELD"
    DOUBLETS_FIELD = "DOUBLETS_FIELD"
    AZIMUTH_FIELD = "AZIMUTH_FIELD"
    DOUBLETS = "DOUBLETS"
    AZIMUTH = "AZIMUTH"
    DRILLING_SITE_AREA = "DRILLING_SITE_AREA"
    PERMANENT_SITE_AREA = "PERMANENT_SITE_AREA"
    NOISE_DISTANCE = "NOISE_DISTANCE"
    WELL_SPACING = "WELL_SPACING"
    RESERVOIR_DEPTH = "RESERVOIR_DEPTH"
    RESERVOIR_THICKNESS = "RESERVOIR_THICKNESS"
    POROSITY = "POROSITY"
    C_ROCK = "C_ROCK"
    C_WATER = "C_WATER"
    FLOW_RATE = "FLOW_RATE"
    DELTA_T = "DELTA_T"
    FULL_LOAD_HOURS = "FULL_LOAD_HOURS"
    LIFETIME = "LIFETIME"
    GJ_PER_HOME = "GJ_PER_HOME"
    SENSITIVE = "SENSITIVE"
    OUTPUT_SITES = "OUTPUT_SITES"
    OUTPUT_NOISE = "OUTPUT_NOISE"
    OUTPUT_RESERVOIR = "OUTPUT_RESERVOIR"
    OUTPUT_CONFLICTS = "OUTPUT_CONFLICTS"
    TOTAL_POWER_MW = "TOTAL_POWER_MW"
    TOTAL_HEAT_TJ = "TOTAL_HEAT_TJ"
    TOTAL_HOMES = "TOTAL_HOMES"
    N_CONFLICTS = "N_CONFLICTS"
    N_LOCATIONS = "N_LOCATIONS"

    def displayName(self):  # noqa: N802
        return self.tr("Geothermal location buffers, footprints and conflicts")

    def shortDescription(self):  # noqa: N802
        return self.tr(
            "Surface sites, noise contour, reservoir footprints, capacity and overlapping "
            "claims of deep geothermal (search) locations."
        )

    def help_text(self):
        return self.tr(
            "<p>For every deep geothermal location (a point, or a polygon search area whose "
            "centroid is used for the wells) this algorithm draws the space it claims above "
            "and below ground, computes what it can deliver and finds where claims of "
            "different locations collide.</p>"
            "<p><b>Surface</b>: a drilling site and a permanent site, circles of the given "
            "areas on the location (a polygon search area is kept as kind 'search_area'); the "
            "noise contour is the drilling site buffered by the noise distance, and counts "
            "the sensitive objects (homes, schools) that intersect it.</p>"
            "<p><b>Capacity</b> per doublet: P = Q x c_w x dT (MW, Q in m3/s); heat = P x "
            "full-load hours (TJ/yr); homes = heat / GJ per home-equivalent. With Q 250 m3/h "
            "and dT 40 K: 11.61 MW, 250.8 TJ/yr, 7,600 homes (15 doublets: 3.76 PJ). The "
            "Bronnenstrategie's 8,000 homes per doublet (4 PJ for 15 sources, 0.267 PJ each) "
            "is reproduced by Q = 266 m3/h at 40 K: 12.35 MW, 266.9 TJ/yr, 8,086 homes. "
            "A double doublet doubles these. The capacity fields are repeated on every site "
            "feature of a location: "
            "sum them over kind = 'permanent_site' only (the output numbers give the "
            "totals).</p>"
            "<p><b>Reservoir footprint</b> per doublet: the producer-injector segment of "
            "length 'well spacing', centred on the location along the azimuth, buffered by "
            "the cold-front radius after the lifetime: r_cf = sqrt(c_w V / (pi H c_aq)), "
            "V = Q x hours x years, c_aq = n c_w + (1 - n) c_rock. Defaults: c_aq = "
            "2.715 MJ/m3K, r_cf = 469.6 m; area = 2 r_cf L + pi r_cf^2. <b>Conflicts</b> are "
            "the overlaps of the footprints of different locations.</p>"
            "<p><b>Sources</b>: well spacing 1,300 m, reservoir 2,300 m deep and 100 m thick, "
            "porosity 0.21, rock 2,720 kg/m3 x 855 J/kgK and 6,000 full-load hours are the "
            "TNO reference case (Willems et al. 2017); 300 m is the Barmm 2008 noise "
            "check distance; 8,000 homes per doublet (and double for a double doublet) is "
            "the Bronnenstrategie (footnote 6), which with 15 sources for 4 PJ gives the "
            "shared 33 GJ per home-equivalent. <b>Assumptions</b> [A]: the flow rate "
            "(250 m3/h) and temperature difference (40 K, e.g. about 75 C produced and 35 C "
            "injected) are typical values for the West Netherlands Basin chosen to come close "
            "to the 8,000 homes, not published figures; the lifetime of 30 years is a usual "
            "design life, not a rule; the drilling site "
            "area (1 ha) and permanent site area (2,500 m2), the noise contour measured "
            "from the edge of the drilling site, the straight producer-injector line "
            "centred on the location, and the double-doublet layout: the second footprint "
            "is offset by the well spacing perpendicular to the azimuth, to the right "
            "(azimuth + 90 degrees). The reservoir depth is recorded in the output; the "
            "formulas do not use it.</p>"
            "<p>Invalid field values (a category other than 0-3, an azimuth outside 0-360, "
            "a number of doublets other than 1 or 2) are replaced (category: empty; "
            "azimuth and doublets: the parameter value) and counted in a warning.</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self._add_location_parameters()
        self._add_number_parameters()
        self._add_outputs()

    def _add_location_parameters(self):
        """The locations, their optional fields and the per-location defaults."""
        self.add_param(
            QgsProcessingParameterFeatureSource(
                self.INPUT,
                self.tr("Geothermal locations"),
                [SourceType.VectorPoint, SourceType.VectorPolygon],
            ),
            self.tr(
                "Points (well sites) or polygons (search areas; the centroid is used for "
                "the wells and the polygon is kept as the search area)."
            ),
        )
        fields = (
            (
                self.NAME_FIELD,
                self.tr("Name field"),
                self.tr("Name of the location; empty: 'location <feature id>'."),
            ),
            (
                self.CATEGORY_FIELD,
                self.tr("Category field"),
                self.tr(
                    "0 = operational, 1 = designated location, 2 and 3 = search locations "
                    "(Bronnenstrategie). Other values are written as empty with a warning."
                ),
            ),
            (
                self.DOUBLETS_FIELD,
                self.tr("Doublets field"),
                self.tr(
                    "1 = doublet, 2 = double doublet. Empty: the 'Doublets' parameter; other "
                    "values: the parameter, with a warning."
                ),
            ),
            (
                self.AZIMUTH_FIELD,
                self.tr("Azimuth field"),
                self.tr(
                    "Direction of the producer-injector line at reservoir depth, degrees "
                    "clockwise from north (0-360). Empty: the 'Azimuth' parameter; values "
                    "outside 0-360: the parameter, with a warning."
                ),
            ),
        )
        for key, label, help_text in fields:
            self.add_param(
                QgsProcessingParameterField(
                    key, label, parentLayerParameterName=self.INPUT, optional=True
                ),
                help_text,
            )
        self.add_param(
            QgsProcessingParameterNumber(
                self.DOUBLETS,
                self.tr("Doublets (when no field value)"),
                QgsProcessingParameterNumber.Type.Integer,
                geothermal.DOUBLETS,
                minValue=1,
                maxValue=2,
            ),
            self.tr(
                "1 = doublet, 2 = double doublet (doubles power, heat and homes and "
                "adds a second reservoir footprint)."
            ),
        )
        self.add_param(
            QgsProcessingParameterNumber(
                self.AZIMUTH,
                self.tr("Azimuth of the well line (when no field value)"),
                QgsProcessingParameterNumber.Type.Double,
                0.0,
                minValue=0.0,
                maxValue=360.0,
            ),
            self.tr(
                "Degrees clockwise from north; 0 = producer and injector north-south "
                "[A: the real trajectory comes from the operator's well plan]."
            ),
        )

    def _number_specs(self):
        """(key, label, default, minimum, maximum, advanced, help) of the numbers."""
        return (
            (
                self.DRILLING_SITE_AREA,
                self.tr("Drilling site area (m2)"),
                geothermal.DRILLING_SITE_AREA,
                1.0,
                1.0e6,
                False,
                self.tr(
                    "Area of the drilling pad while drilling; default 10,000 m2 "
                    "[A: about 1 ha, no published rule]."
                ),
            ),
            (
                self.PERMANENT_SITE_AREA,
                self.tr("Permanent site area (m2)"),
                geothermal.PERMANENT_SITE_AREA,
                1.0,
                1.0e6,
                False,
                self.tr(
                    "Area of the permanent site; default 2,500 m2 [S: geothermie.nl about "
                    "0.5 ha with margin, Leyweg plant about 0.2 ha; the value is a "
                    "choice, A]."
                ),
            ),
            (
                self.NOISE_DISTANCE,
                self.tr("Noise check distance (m)"),
                geothermal.NOISE_DISTANCE,
                0.0,
                10000.0,
                False,
                self.tr(
                    "Distance around the drilling site within which sensitive objects "
                    "are counted; default 300 m [S: Barmm 2008, limits at 300 m from "
                    "the rig; measured from the site edge, A]."
                ),
            ),
            (
                self.FLOW_RATE,
                self.tr("Flow rate per doublet (m3/h)"),
                geothermal.FLOW_RATE,
                0.001,
                2000.0,
                False,
                self.tr(
                    "Default 250 m3/h [A: a typical doublet flow; with 40 K and 6,000 h it "
                    "gives 7,600 homes, close to the Bronnenstrategie's 8,000 per doublet, "
                    "which needs about 266 m3/h]."
                ),
            ),
            (
                self.DELTA_T,
                self.tr("Temperature difference production - injection (K)"),
                geothermal.DELTA_T,
                0.001,
                200.0,
                False,
                self.tr(
                    "Default 40 K [A: about 75 C produced, 35 C injected; no published "
                    "figure for Den Haag]."
                ),
            ),
            (
                self.FULL_LOAD_HOURS,
                self.tr("Full-load hours (h/yr)"),
                geothermal.FULL_LOAD_HOURS,
                1.0,
                8760.0,
                False,
                self.tr("Default 6,000 h/yr [S: TNO reference]."),
            ),
            (
                self.LIFETIME,
                self.tr("Lifetime (years)"),
                geothermal.LIFETIME,
                0.1,
                200.0,
                False,
                self.tr(
                    "Time after which the cold-front radius is drawn; default 30 "
                    "years [A: a usual design life of a doublet]."
                ),
            ),
            (
                self.GJ_PER_HOME,
                self.tr("Heat per home-equivalent (GJ/yr)"),
                constants.GJ_PER_HOME,
                0.1,
                1000.0,
                False,
                self.tr(
                    "Default 33 GJ/yr, shared by all algorithms [D: Bronnenstrategie, 15 "
                    "sources for 4 PJ at 8,000 homes per doublet]."
                ),
            ),
            (
                self.WELL_SPACING,
                self.tr("Well spacing at reservoir depth (m)"),
                geothermal.WELL_SPACING,
                1.0,
                10000.0,
                True,
                self.tr(
                    "Distance between producer and injector bottom holes; default "
                    "1,300 m [S: TNO reference case, West Netherlands Basin 1,000-1,500 "
                    "m]; also the offset of a second doublet [A]."
                ),
            ),
            (
                self.RESERVOIR_DEPTH,
                self.tr("Reservoir depth (m)"),
                geothermal.RESERVOIR_DEPTH,
                500.0,
                10000.0,
                True,
                self.tr(
                    "Top of the reservoir; default 2,300 m [S: TNO reference case]. "
                    "Recorded in the reservoir output only."
                ),
            ),
            (
                self.RESERVOIR_THICKNESS,
                self.tr("Reservoir thickness (m)"),
                geothermal.RESERVOIR_THICKNESS,
                0.1,
                2000.0,
                True,
                self.tr("Default 100 m [S: TNO reference case]."),
            ),
            (
                self.POROSITY,
                self.tr("Porosity"),
                geothermal.POROSITY,
                0.0,
                1.0,
                True,
                self.tr("Default 0.21 [S: TNO reference case]."),
            ),
            (
                self.C_ROCK,
                self.tr("Heat capacity of the rock (MJ/m3K)"),
                geothermal.C_ROCK,
                0.01,
                10.0,
                True,
                self.tr("Default 2.3256 = 2,720 kg/m3 x 855 J/kgK [S: TNO reference case]."),
            ),
            (
                self.C_WATER,
                self.tr("Heat capacity of water (MJ/m3K)"),
                constants.C_WATER,
                0.01,
                10.0,
                True,
                self.tr("Default 4.18 MJ/m3K [S]."),
            ),
        )

    def _add_number_parameters(self):
        for key, label, default, lo, hi, advanced, help_text in self._number_specs():
            self.add_param(
                QgsProcessingParameterNumber(
                    key,
                    label,
                    QgsProcessingParameterNumber.Type.Double,
                    default,
                    minValue=lo,
                    maxValue=hi,
                ),
                help_text,
                advanced=advanced,
            )

    def _add_outputs(self):
        """The sensitive objects, the four sinks and the output numbers."""
        self.add_param(
            QgsProcessingParameterFeatureSource(
                self.SENSITIVE,
                self.tr("Sensitive objects (homes, schools)"),
                [SourceType.VectorPoint, SourceType.VectorPolygon],
                optional=True,
            ),
            self.tr(
                "Optional points or polygons counted inside each noise contour "
                "(field n_sensitive)."
            ),
        )
        sinks = (
            (
                self.OUTPUT_SITES,
                self.tr("Geothermal sites"),
                self.tr(
                    "Drilling and permanent sites (and polygon search areas), field 'kind', "
                    "with capacity per location."
                ),
            ),
            (
                self.OUTPUT_NOISE,
                self.tr("Geothermal noise contours"),
                self.tr("Noise check contour around each drilling site with n_sensitive."),
            ),
            (
                self.OUTPUT_RESERVOIR,
                self.tr("Geothermal reservoir footprints"),
                self.tr(
                    "One footprint per doublet: the well line buffered by the cold-front " "radius."
                ),
            ),
            (
                self.OUTPUT_CONFLICTS,
                self.tr("Geothermal reservoir conflicts"),
                self.tr(
                    "Overlaps of reservoir footprints of different locations, with both names "
                    "and the overlap area."
                ),
            ),
        )
        for key, label, help_text in sinks:
            self.add_param(
                QgsProcessingParameterFeatureSink(key, label, SourceType.VectorPolygon),
                help_text,
            )
        outputs = (
            (self.TOTAL_POWER_MW, self.tr("Total power (MW)")),
            (self.TOTAL_HEAT_TJ, self.tr("Total heat (TJ/yr)")),
            (self.TOTAL_HOMES, self.tr("Total home-equivalents")),
            (self.N_CONFLICTS, self.tr("Number of reservoir conflicts")),
            (self.N_LOCATIONS, self.tr("Number of locations")),
        )
        for key, label in outputs:
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def required_modules(self):
        return ["shapely"]

    # -- reading ----------------------------------------------------------------------
    def _settings(self, parameters, context):
        def num(key):
            return self.parameterAsDouble(parameters, key, context)

        return geothermal.Settings(
            doublets=self.parameterAsInt(parameters, self.DOUBLETS, context),
            azimuth=num(self.AZIMUTH),
            drilling_site_area=num(self.DRILLING_SITE_AREA),
            permanent_site_area=num(self.PERMANENT_SITE_AREA),
            noise_distance=num(self.NOISE_DISTANCE),
            well_spacing=num(self.WELL_SPACING),
            reservoir_depth=num(self.RESERVOIR_DEPTH),
            reservoir_thickness=num(self.RESERVOIR_THICKNESS),
            porosity=num(self.POROSITY),
            c_rock=num(self.C_ROCK),
            c_water=num(self.C_WATER),
            flow_rate=num(self.FLOW_RATE),
            delta_t=num(self.DELTA_T),
            full_load_hours=num(self.FULL_LOAD_HOURS),
            lifetime=num(self.LIFETIME),
            gj_per_home=num(self.GJ_PER_HOME),
        )

    def _field_values(self, feature, fields, settings, notes):
        """Name, category, doublets and azimuth of a location (fallbacks noted)."""
        name_field, cat_field = fields.name, fields.category
        dbl_field, az_field = fields.doublets, fields.azimuth
        name = utils.to_text(feature[name_field]) if name_field else ""
        if not name:
            name = self.tr("location {fid}").format(fid=feature.id())
        category = None
        if cat_field:
            value = utils.to_float(feature[cat_field])
            if value is not None and value == int(value) and int(value) in geothermal.CATEGORIES:
                category = int(value)
            elif utils.to_text(feature[cat_field]):
                notes.add(
                    "category", self.tr("category is not 0, 1, 2 or 3; written as empty"), name
                )
        doublets = settings.doublets
        if dbl_field:
            value = utils.to_float(feature[dbl_field])
            if value is not None and value in (1.0, 2.0):
                doublets = int(value)
            elif utils.to_text(feature[dbl_field]):
                notes.add(
                    "doublets",
                    self.tr(
                        "number of doublets is not 1 or 2; the 'Doublets' parameter "
                        "({d}) was used"
                    ).format(d=settings.doublets),
                    name,
                )
        azimuth = settings.azimuth
        if az_field:
            value = utils.to_float(feature[az_field])
            if value is not None and 0.0 <= value <= 360.0:
                azimuth = value
            elif utils.to_text(feature[az_field]):
                notes.add(
                    "azimuth",
                    self.tr(
                        "azimuth is not a number from 0 to 360 degrees; the 'Azimuth' "
                        "parameter ({a:g}) was used"
                    ).format(a=settings.azimuth),
                    name,
                )
        return name, category, doublets, azimuth

    def _centre(self, mgeom, is_polygon, notes, name):
        """(x, y, search area in m2 or None) of a metric geometry; None when empty."""
        if QgsWkbTypes.flatType(mgeom.wkbType()) == WkbType.Point:
            # a point is its own centroid: no shapely round trip
            point = mgeom.constGet()
            return point.x(), point.y(), None
        # as it is (not made valid): an invalid search area keeps its centroid
        shape = geometry.to_shapely(mgeom, make_valid=False)
        if shape is None:
            return None
        centre = shape.centroid
        if is_polygon and not shape.is_empty and shape.is_valid and not shape.contains(centre):
            centre = shape.representative_point()
            notes.add(
                "centroid",
                self.tr(
                    "the centroid lies outside the search area; a point inside it was "
                    "used for the wells"
                ),
                name,
            )
        if centre.is_empty:
            return None
        return centre.x, centre.y, round(shape.area, 1) if is_polygon else None

    def _read_locations(self, source, fields, settings, forward, feedback, skips, notes):
        """The locations of ``source`` as :class:`geothermal.Location` records (metric
        CRS), features without a usable geometry counted in ``skips``."""
        is_polygon = QgsWkbTypes.geometryType(source.wkbType()) == GeometryType.Polygon
        layer_fields = source.fields()
        used = sorted({layer_fields.lookupField(f) for f in astuple(fields) if f})
        request = QgsFeatureRequest().setSubsetOfAttributes(used)
        short = forward.isShortCircuited()
        n = source.featureCount()
        step = 100.0 / n if n and n > 0 else 0.0
        locations = []
        for i, feature in enumerate(source.getFeatures(request)):
            if i % 100 == 0:
                utils.raise_if_canceled(feedback)
                feedback.setProgress(int(i * step * 0.4))
            geom = feature.geometry()
            if geom is None or geom.isNull() or geom.isEmpty():
                skips.add("nogeom", self.tr("no geometry"), feature.id())
                continue
            name, category, doublets, azimuth = self._field_values(feature, fields, settings, notes)
            mgeom = geom
            if not short:
                mgeom = QgsGeometry(geom)
                try:
                    mgeom.transform(forward)
                except QgsCsException:
                    skips.add(
                        "transform",
                        self.tr("the geometry could not be transformed to a metric CRS"),
                        feature.id(),
                    )
                    continue
            centre = self._centre(mgeom, is_polygon, notes, name)
            if centre is None:
                skips.add("nogeom", self.tr("no geometry"), feature.id())
                continue
            search = None
            if is_polygon:
                search = QgsGeometry(geom)
                search.convertToMultiType()
            locations.append(
                geothermal.Location(
                    name, category, doublets, azimuth, centre[0], centre[1], centre[2], search
                )
            )
        return locations

    def _sensitive_index(self, parameters, context, target_crs, feedback):
        source = self.parameterAsSource(parameters, self.SENSITIVE, context)
        if source is None:
            return None, {}
        xform = QgsCoordinateTransform(source.sourceCrs(), target_crs, context.transformContext())
        short = xform.isShortCircuited()
        index = QgsSpatialIndex()
        geoms = {}
        request = QgsFeatureRequest().setNoAttributes()
        for i, feature in enumerate(source.getFeatures(request)):
            if i % 500 == 0:
                utils.raise_if_canceled(feedback)
            geom = feature.geometry()
            if geom is None or geom.isNull() or geom.isEmpty():
                continue
            if not short:
                geom = QgsGeometry(geom)
                try:
                    geom.transform(xform)
                except QgsCsException:
                    continue
            geoms[feature.id()] = geom
            index.addFeature(feature.id(), geom.boundingBox())
        return index, geoms

    @staticmethod
    def _count_inside(index, geoms, contour):
        candidates = index.intersects(contour.boundingBox())
        if not candidates:
            return 0
        engine = QgsGeometry.createGeometryEngine(contour.constGet())
        engine.prepareGeometry()
        n = 0
        for fid in candidates:
            if engine.intersects(geoms[fid].constGet()):
                n += 1
        return n

    def _sensitive_counts(self, sensitive, contours, n, feedback):
        """n_sensitive of the ``n`` noise contours (None without a sensitive layer)."""
        index, geoms = sensitive
        if index is None:
            return [None] * n
        counts = []
        for i, contour in enumerate(_qgs(contours, None)):
            if i % 100 == 0:
                utils.raise_if_canceled(feedback)
            counts.append(self._count_inside(index, geoms, contour))
        return counts

    # -- writing ------------------------------------------------------------------------
    @staticmethod
    def _write(output, rows, feedback):
        """Write (geometry, attributes) rows in bulk, checking the cancel between blocks."""
        for start in range(0, len(rows), writer.CHUNK):
            utils.raise_if_canceled(feedback)
            block = rows[start : start + writer.CHUNK]
            output.write_rows(
                [values for _geom, values in block], [geom for geom, _values in block]
            )

    @staticmethod
    def _site_rows(locations, claims, back, settings):
        r_cf = round(settings.cold_front_radius, 2)
        drill, drill_areas = _qgs(claims.drilling_sites, back), claims.drilling_sites.areas()
        perm, perm_areas = _qgs(claims.permanent_sites, back), claims.permanent_sites.areas()
        rows = []
        for i, (loc, cap) in enumerate(zip(locations, claims.capacities)):
            capacity = [
                cap.doublets,
                round(cap.power, 3),
                round(cap.heat, 2),
                round(cap.homes),
                r_cf,
            ]
            head = [loc.name, loc.category]
            if loc.search is not None:
                rows.append((loc.search, head + [KIND_SEARCH, loc.search_area] + capacity))
            rows.append((drill[i], head + [KIND_DRILLING, round(drill_areas[i], 1)] + capacity))
            rows.append((perm[i], head + [KIND_PERMANENT, round(perm_areas[i], 1)] + capacity))
        return rows

    @staticmethod
    def _reservoir_rows(locations, claims, back, settings):
        geoms, areas = _qgs(claims.footprints, back), claims.footprints.areas()
        r_cf = round(settings.cold_front_radius, 2)
        power = round(settings.power_per_doublet, 3)
        rows = []
        for k, (i, number) in enumerate(
            zip(claims.footprint_location.tolist(), claims.footprint_number.tolist())
        ):
            loc = locations[i]
            rows.append(
                (
                    geoms[k],
                    [
                        loc.name,
                        loc.category,
                        int(number),
                        loc.azimuth,
                        settings.well_spacing,
                        settings.reservoir_depth,
                        r_cf,
                        round(areas[k], 1),
                        power,
                    ],
                )
            )
        return rows

    def _write_claims(self, outputs, locations, claims, counts, back, settings, feedback):
        self._write(outputs["sites"], self._site_rows(locations, claims, back, settings), feedback)
        noise_rows = [
            (geom, [loc.name, loc.category, settings.noise_distance, n_sens])
            for loc, geom, n_sens in zip(locations, _qgs(claims.noise_contours, back), counts)
        ]
        self._write(outputs["noise"], noise_rows, feedback)
        self._write(
            outputs["reservoir"], self._reservoir_rows(locations, claims, back, settings), feedback
        )
        feedback.setProgress(80)
        conflict_rows = []
        for conflict in claims.conflicts:
            a, b = locations[conflict.a], locations[conflict.b]
            conflict_rows.append(
                (
                    geometry.from_shapely(conflict.overlap, multi=True, transform=back),
                    [
                        a.name,
                        a.category,
                        b.name,
                        b.category,
                        round(conflict.area, 1),
                        round(conflict.area / 1.0e4, 3),
                    ],
                )
            )
        self._write(outputs["conflicts"], conflict_rows, feedback)

    # -- messages -----------------------------------------------------------------------
    def _report_doublet(self, settings, feedback):
        p_doublet = settings.power_per_doublet
        heat = geothermal.heat_tj(p_doublet, settings.full_load_hours)
        feedback.pushInfo(
            self.tr(
                "Per doublet: {p:.2f} MW, {e:.1f} TJ/yr, {h:,.0f} homes; c_aq = "
                "{c:.3f} MJ/m3K, cold-front radius {r:.1f} m."
            ).format(
                p=p_doublet,
                e=heat,
                h=geothermal.homes(heat, settings.gj_per_home),
                c=settings.c_aquifer,
                r=settings.cold_front_radius,
            )
        )

    def _report_run(self, locations, n_features, claims, settings, skips, notes, feedback):
        r_cf = settings.cold_front_radius
        if claims.n_double and settings.well_spacing < 2.0 * r_cf:
            feedback.pushWarning(
                self.tr(
                    "The well spacing ({s:.0f} m) is less than twice the cold-front radius "
                    "({d:.0f} m): the two footprints of each of the {n} double doublet(s) "
                    "overlap each other."
                ).format(s=settings.well_spacing, d=2.0 * r_cf, n=claims.n_double)
            )
        skips.report()
        if not locations:
            if not n_features:
                feedback.pushWarning(self.tr("The input layer is empty: nothing to compute."))
            else:
                feedback.pushWarning(self.tr("No location could be computed."))
        notes.report(self.tr("{count} location(s): {reason} ({names})."))
        feedback.pushInfo(
            self.tr(
                "{n} location(s): {p:.1f} MW, {e:.1f} TJ/yr ({pj:.2f} PJ/yr), {h:,.0f} "
                "home-equivalents; {c} reservoir conflict(s)."
            ).format(
                n=len(locations),
                p=claims.total_power,
                e=claims.total_heat,
                pj=claims.total_heat / 1000.0,
                h=claims.total_homes,
                c=len(claims.conflicts),
            )
        )

    # -- run ----------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.source_or_raise(parameters, self.INPUT, context)
        fields = _Fields(
            *(
                self.field_or_raise(parameters, key, context, source)
                for key in (
                    self.NAME_FIELD,
                    self.CATEGORY_FIELD,
                    self.DOUBLETS_FIELD,
                    self.AZIMUTH_FIELD,
                )
            )
        )
        settings = self._settings(parameters, context)
        self._report_doublet(settings, feedback)
        crs = source.sourceCrs()
        metric, forward, back = utils.metric_transforms(source, context)
        if metric.authid() != crs.authid():
            feedback.pushInfo(
                self.tr("Distances and areas are computed in {crs}.").format(crs=metric.authid())
            )
        outputs = {
            name: writer.Writer.open(
                self, parameters, key, context, spec, WkbType.MultiPolygon, crs
            )
            for name, key, spec in (
                ("sites", self.OUTPUT_SITES, SITE_FIELDS),
                ("noise", self.OUTPUT_NOISE, NOISE_FIELDS),
                ("reservoir", self.OUTPUT_RESERVOIR, RESERVOIR_FIELDS),
                ("conflicts", self.OUTPUT_CONFLICTS, CONFLICT_FIELDS),
            )
        }
        sensitive = self._sensitive_index(parameters, context, metric, feedback)

        skips = utils.SkipCounter(feedback)
        notes = _Notes(feedback)
        locations = self._read_locations(source, fields, settings, forward, feedback, skips, notes)
        feedback.setProgress(40)
        utils.raise_if_canceled(feedback)
        claims = geothermal.location_claims(locations, settings, feedback.isCanceled)
        utils.raise_if_canceled(feedback)
        feedback.setProgress(50)
        counts = self._sensitive_counts(sensitive, claims.noise_contours, len(locations), feedback)
        self._write_claims(outputs, locations, claims, counts, back, settings, feedback)
        feedback.setProgress(100)
        self._report_run(locations, source.featureCount(), claims, settings, skips, notes, feedback)
        return {
            self.OUTPUT_SITES: outputs["sites"].dest,
            self.OUTPUT_NOISE: outputs["noise"].dest,
            self.OUTPUT_RESERVOIR: outputs["reservoir"].dest,
            self.OUTPUT_CONFLICTS: outputs["conflicts"].dest,
            self.TOTAL_POWER_MW: claims.total_power,
            self.TOTAL_HEAT_TJ: claims.total_heat,
            self.TOTAL_HOMES: claims.total_homes,
            self.N_CONFLICTS: len(claims.conflicts),
            self.N_LOCATIONS: len(locations),
        }
