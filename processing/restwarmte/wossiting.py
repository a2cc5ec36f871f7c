"""bronnenstrategie:wossiting - suitability raster and ranked sites for heat transfer
stations (warmteoverdrachtsstations, WOS) of a residual-heat transport main."""

import contextlib
import math
from dataclasses import dataclass, field

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDistance,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsRectangle,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ...compat import GeometryType, SourceType, WkbType
from ...core import files, wos
from ...glue.geometry import from_shapely, points_xy, to_shapely, transform_xy
from ...glue.writer import Field, Writer, make_fields
from ..base import BronnenstrategieAlgorithm, tr
from ..paramtable import add_params, param
from ..utils import SkipCounter, metric_transforms, raise_if_canceled, to_float


class WosSiting(BronnenstrategieAlgorithm):
    NAME = "wossiting"
    GROUP_ID = "restwarmte"
    STYLES = {
        "OUTPUT_RASTER": "wossiting_raster.qml",
        "OUTPUT_SITES": "wossiting_sites.qml",
        "OUTPUT_PATCHES": "wossiting_patches.qml",
    }

    STUDY_AREA = "STUDY_AREA"
    TRANSPORT_MAIN = "TRANSPORT_MAIN"
    MAX_DIST_MAIN = "MAX_DIST_MAIN"
    MAIN_STRIP = "MAIN_STRIP"
    HEAT_NETWORK = "HEAT_NETWORK"
    MAX_DIST_NETWORK = "MAX_DIST_NETWORK"
    HARD_MAX_DIST_NETWORK = "HARD_MAX_DIST_NETWORK"
    DEMAND = "DEMAND"
    DEMAND_FIELD = "DEMAND_FIELD"
    DEMAND_RADIUS = "DEMAND_RADIUS"
    BUILDINGS = "BUILDINGS"
    BUILDING_DISTANCE = "BUILDING_DISTANCE"
    EXCLUSIONS = "EXCLUSIONS"
    EXCLUSION_DISTANCE = "EXCLUSION_DISTANCE"
    WEIGHT_MAIN = "WEIGHT_MAIN"
    WEIGHT_NETWORK = "WEIGHT_NETWORK"
    WEIGHT_DEMAND = "WEIGHT_DEMAND"
    RESOLUTION = "RESOLUTION"
    MIN_PLOT_AREA = "MIN_PLOT_AREA"
    N_SITES = "N_SITES"
    MIN_SEPARATION = "MIN_SEPARATION"
    SCORE_TOLERANCE = "SCORE_TOLERANCE"
    CANDIDATES = "CANDIDATES"
    OUTPUT_RASTER = "OUTPUT_RASTER"
    OUTPUT_SITES = "OUTPUT_SITES"
    OUTPUT_PATCHES = "OUTPUT_PATCHES"

    SITE_FIELDS = (
        Field("rank", "Int", 5, 0),
        Field("score", "Double", 10, 4),
        Field("area_m2", "Double", 14, 1),
        Field("patch_m2", "Double", 14, 1),
        Field("dist_main", "Double", 12, 1),
        Field("dist_network", "Double", 12, 1),
        Field("demand_gj", "Double", 16, 1),
        Field("why", "String", 254, 0),
    )
    PATCH_FIELDS = tuple(f for f in SITE_FIELDS if f.name in ("rank", "score", "patch_m2"))

    def required_modules(self):
        return ["numpy", "scipy", "shapely"]

    def displayName(self):  # noqa: N802
        return self.tr("Siting heat transfer stations (WOS)")

    def shortDescription(self):  # noqa: N802
        return self.tr(
            "Suitability raster and ranked candidate sites for heat transfer stations "
            "along a residual-heat transport main such as WarmtelinQ."
        )

    def help_text(self):
        return self.tr(
            "<p>Finds and ranks sites for heat transfer stations (warmteoverdrachtsstations, "
            "WOS) where a residual-heat transport main (such as WarmtelinQ, Rotterdam - Den "
            "Haag) hands its heat over to a district-heating network, and writes the whole "
            "suitability surface as a GeoTIFF.</p>"
            "<p><b>Score</b> of each raster cell (0..1):<br>"
            "score = Σ w_i · (1 − min(d_i / dmax_i, 1)) / Σ w_used<br>"
            "with d the distance to the transport main and to the heat network, and for "
            "demand the demand within the demand radius divided by its maximum in the study "
            "area. Criteria without a layer are left out of the sum. Cells farther than the "
            "maximum distance to the main score 0 [assumption]; so do cells farther than the "
            "optional hard maximum distance to the heat network. Distances are measured "
            "between cell centres with a Euclidean distance transform: accurate to about "
            "one cell.</p>"
            "<p><b>Excluded</b> (nodata): cells outside the study area, cells closer than "
            "the building distance to a building (edge to edge, counting every cell a "
            "building touches as building, so the margin is kept or exceeded by up to one "
            "cell), cells touched by, or closer than the exclusion distance to, an "
            "exclusion layer (water, protected areas), and cells touched by the strip along "
            "the transport main (default 5 m on each side [assumption: the usual "
            "right-of-way of a heat pipeline]): a station stands next to the main, not on "
            "it.</p>"
            "<p><b>Sites</b>: a plot is a rectangle of whole cells of at least the minimum "
            "plot area. The plot with the highest mean score is site 1: the site's polygon "
            "is that plot (area_m2). Its patch (optional second output, patch_m2) is the "
            "connected area of usable cells around it whose score lies within the score "
            "tolerance of the plot's score, up to half the minimum separation from the "
            "plot's centre: the room to move the plot without losing much. The next site "
            "lies at least the minimum separation from every earlier one and outside their "
            "patches, and so on. With a candidates layer (parcels, municipal land) the "
            "candidates are scored instead: the mean score of their usable cells; a "
            "candidate needs the minimum plot area of usable cells.</p>"
            "<p><b>Defaults</b>: no published siting rules for a WOS were found, so all are "
            "assumptions [A] and parameters: within 500 m of the main but outside a strip of "
            "5 m on each side of it, within 1,000 m of the network (no hard maximum), demand "
            "within 1,000 m, weights 0.4 / 0.4 / 0.2, plot 2,000 m² "
            "(plots of 1,000-2,500 m²), 50 m from homes (a margin on the VNG list's 30 m "
            "for pump stations of pipelines, category 2, used as a proxy), 500 m between "
            "sites. Context: WarmtelinQ brings 2 PJ of residual heat to Den Haag; WOS are "
            "needed at the CR-plein, in Zuidwest and in Ypenburg (Bronnenstrategie).</p>"
            "<p>Layers in a geographic CRS are computed in metres (RD New for Dutch data); "
            "the sites keep the study area's CRS. The raster is written in the study area's "
            "CRS when that is in metres, otherwise in the metric CRS used.</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        add_params(
            self,
            self._main_params()
            + self._constraint_params()
            + self._site_params()
            + self._output_params(),
        )
        self.addOutput(QgsProcessingOutputNumber("SITES_FOUND", self.tr("Number of sites found")))
        self.addOutput(QgsProcessingOutputNumber("BEST_SCORE", self.tr("Score of the best site")))

    def _main_params(self):
        """The study area, the transport main and the heat network with their distances."""
        return [
            param(
                QgsProcessingParameterFeatureSource,
                self.STUDY_AREA,
                self.tr("Study area"),
                [SourceType.VectorPolygon],
                help=self.tr("Polygon(s) of the area to search; the raster covers their extent."),
            ),
            param(
                QgsProcessingParameterFeatureSource,
                self.TRANSPORT_MAIN,
                self.tr("Transport main"),
                [SourceType.VectorLine],
                help=self.tr(
                    "Lines of the residual-heat transport main (e.g. the WarmtelinQ route)."
                ),
            ),
            param(
                QgsProcessingParameterDistance,
                self.MAX_DIST_MAIN,
                self.tr("Maximum distance to the main"),
                wos.MAX_DIST_MAIN,
                self.STUDY_AREA,
                minValue=1.0,
                maxValue=100000.0,
                help=self.tr(
                    "Beyond this distance (m) from the main a cell scores 0; closer, the main's "
                    "term falls linearly from 1 at the main to 0 here. Default 500 m "
                    "[assumption]."
                ),
            ),
            param(
                QgsProcessingParameterDistance,
                self.MAIN_STRIP,
                self.tr("Strip along the main (each side)"),
                wos.MAIN_STRIP,
                self.STUDY_AREA,
                minValue=0.0,
                maxValue=1000.0,
                help=self.tr(
                    "No station stands within this distance (m) of the transport main, on either "
                    "side: every cell the strip touches is excluded. Default 5 m [assumption: "
                    "the usual right-of-way of a heat pipeline; the WarmtelinQ strip is 10-15 m "
                    "wide]. 0 = no strip."
                ),
            ),
            param(
                QgsProcessingParameterFeatureSource,
                self.HEAT_NETWORK,
                self.tr("Heat network"),
                [SourceType.VectorLine],
                optional=True,
                help=self.tr(
                    "Optional lines of existing or planned district-heating networks to feed."
                ),
            ),
            param(
                QgsProcessingParameterDistance,
                self.MAX_DIST_NETWORK,
                self.tr("Maximum distance to the network"),
                wos.MAX_DIST_NETWORK,
                self.STUDY_AREA,
                minValue=1.0,
                maxValue=100000.0,
                help=self.tr(
                    "Distance (m) at which the network's term reaches 0. Default 1,000 m "
                    "[assumption]."
                ),
            ),
            param(
                QgsProcessingParameterDistance,
                self.HARD_MAX_DIST_NETWORK,
                self.tr("Hard maximum distance to the network"),
                wos.HARD_MAX_DIST_NETWORK,
                self.STUDY_AREA,
                minValue=0.0,
                maxValue=100000.0,
                help=self.tr(
                    "Optional (0 = none): cells farther than this (m) from the heat network score "
                    "0, so no site lies farther, whatever the other criteria. Default 0 "
                    "[assumption]."
                ),
            ),
        ]

    def _constraint_params(self):
        """The demand, the homes and the exclusions."""
        return [
            param(
                QgsProcessingParameterFeatureSource,
                self.DEMAND,
                self.tr("Heat demand"),
                [SourceType.VectorPolygon, SourceType.VectorPoint],
                optional=True,
                help=self.tr(
                    "Optional polygons or points with a heat demand in GJ/yr (e.g. "
                    "high-temperature neighbourhoods). A polygon spreads its demand evenly over "
                    "its area."
                ),
            ),
            param(
                QgsProcessingParameterField,
                self.DEMAND_FIELD,
                self.tr("Demand field (GJ/yr)"),
                None,
                self.DEMAND,
                QgsProcessingParameterField.DataType.Numeric,
                optional=True,
                help=self.tr("Field of the demand layer with the heat demand in GJ per year."),
            ),
            param(
                QgsProcessingParameterDistance,
                self.DEMAND_RADIUS,
                self.tr("Demand radius"),
                wos.DEMAND_RADIUS,
                self.STUDY_AREA,
                minValue=0.0,
                maxValue=20000.0,
                help=self.tr(
                    "The demand criterion of a cell is the demand within this distance (m). "
                    "Default 1,000 m [assumption]."
                ),
            ),
            param(
                QgsProcessingParameterFeatureSource,
                self.BUILDINGS,
                self.tr("Homes (buildings)"),
                [SourceType.VectorPolygon, SourceType.VectorPoint],
                optional=True,
                help=self.tr("Optional homes or other sensitive buildings, as polygons or points."),
            ),
            param(
                QgsProcessingParameterDistance,
                self.BUILDING_DISTANCE,
                self.tr("Distance to homes"),
                wos.BUILDING_DISTANCE,
                self.STUDY_AREA,
                minValue=0.0,
                maxValue=5000.0,
                help=self.tr(
                    "Minimum distance (m) between a site and a home. Default 50 m [assumption: "
                    "a margin on the 30 m of the VNG list for pump stations of pipelines, SBI "
                    "603, category 2, used as a proxy]."
                ),
            ),
            param(
                QgsProcessingParameterMultipleLayers,
                self.EXCLUSIONS,
                self.tr("Exclusion layers"),
                SourceType.VectorAnyGeometry,
                optional=True,
                help=self.tr(
                    "Optional layers where no station may stand: water, protected areas, the "
                    "pipeline strip where nothing may be built, ..."
                ),
            ),
            param(
                QgsProcessingParameterDistance,
                self.EXCLUSION_DISTANCE,
                self.tr("Distance to exclusions"),
                wos.EXCLUSION_DISTANCE,
                self.STUDY_AREA,
                minValue=0.0,
                maxValue=5000.0,
                help=self.tr("Extra distance (m) kept from the exclusion layers. Default 0."),
            ),
        ]

    def _site_params(self):
        """The weights, the raster and the sites."""
        weights = [
            param(
                QgsProcessingParameterNumber,
                key,
                label,
                QgsProcessingParameterNumber.Type.Double,
                default,
                minValue=0.0,
                maxValue=100.0,
                help=self.tr(
                    "Relative weight of this criterion in the score; only the weights of the "
                    "criteria with a layer count. Defaults 0.4 main, 0.4 network, 0.2 demand "
                    "[assumption]."
                ),
                advanced=True,
            )
            for key, label, default in (
                (self.WEIGHT_MAIN, self.tr("Weight of the main"), wos.WEIGHT_MAIN),
                (self.WEIGHT_NETWORK, self.tr("Weight of the network"), wos.WEIGHT_NETWORK),
                (self.WEIGHT_DEMAND, self.tr("Weight of the demand"), wos.WEIGHT_DEMAND),
            )
        ]
        return weights + [
            param(
                QgsProcessingParameterNumber,
                self.RESOLUTION,
                self.tr("Cell size (m)"),
                QgsProcessingParameterNumber.Type.Double,
                wos.RESOLUTION,
                minValue=1.0,
                maxValue=1000.0,
                help=self.tr(
                    "Cell size of the suitability raster in metres. Default 10 m: a city of "
                    "100 km² is 1 million cells and takes seconds."
                ),
            ),
            param(
                QgsProcessingParameterNumber,
                self.MIN_PLOT_AREA,
                self.tr("Minimum plot area (m²)"),
                QgsProcessingParameterNumber.Type.Double,
                wos.MIN_PLOT_AREA,
                minValue=1.0,
                maxValue=1.0e6,
                help=self.tr(
                    "Area a station needs, in m². Default 2,000 m² [assumption; plots of "
                    "1,000-2,500 m²]."
                ),
            ),
            param(
                QgsProcessingParameterNumber,
                self.N_SITES,
                self.tr("Number of sites"),
                QgsProcessingParameterNumber.Type.Integer,
                wos.N_SITES,
                minValue=1,
                maxValue=1000,
                help=self.tr("How many ranked sites to return (at most). Default 5."),
            ),
            param(
                QgsProcessingParameterDistance,
                self.MIN_SEPARATION,
                self.tr("Minimum separation between sites"),
                wos.MIN_SEPARATION,
                self.STUDY_AREA,
                minValue=0.0,
                maxValue=100000.0,
                help=self.tr(
                    "Centres of two sites lie at least this far apart (m), so that the second "
                    "site is not a neighbour of the best. Default 500 m [assumption]."
                ),
            ),
            param(
                QgsProcessingParameterNumber,
                self.SCORE_TOLERANCE,
                self.tr("Score tolerance of a site's patch"),
                QgsProcessingParameterNumber.Type.Double,
                wos.SCORE_TOLERANCE,
                minValue=0.0,
                maxValue=1.0,
                help=self.tr(
                    "A site's polygon takes in the connected cells whose score is at most this "
                    "much below the plot's score. Default 0.05 [assumption]."
                ),
                advanced=True,
            ),
            param(
                QgsProcessingParameterFeatureSource,
                self.CANDIDATES,
                self.tr("Candidate parcels"),
                [SourceType.VectorPolygon],
                optional=True,
                help=self.tr(
                    "Optional parcels (e.g. municipal land). When given, these are scored and "
                    "ranked instead of searching the raster for patches."
                ),
            ),
        ]

    def _output_params(self):
        return [
            param(
                QgsProcessingParameterRasterDestination,
                self.OUTPUT_RASTER,
                self.tr("Suitability raster"),
                help=self.tr(
                    "GeoTIFF with the score 0..1 of every cell; excluded cells and cells outside "
                    "the study area are nodata (-9999)."
                ),
            ),
            param(
                QgsProcessingParameterFeatureSink,
                self.OUTPUT_SITES,
                self.tr("WOS sites"),
                SourceType.VectorPolygon,
                help=self.tr(
                    "The ranked sites, each a plot of the minimum plot area: rank, score, "
                    "area_m2, patch_m2 (area of its patch), dist_main and dist_network (m, least "
                    "over the plot), demand_gj (GJ/yr within the demand radius) and why (the "
                    "reasons in words). In candidates mode the candidate's fields are kept."
                ),
            ),
            param(
                QgsProcessingParameterFeatureSink,
                self.OUTPUT_PATCHES,
                self.tr("WOS site patches"),
                SourceType.VectorPolygon,
                optional=True,
                createByDefault=False,
                help=self.tr(
                    "Optional: for every site the connected area of near-equal score around its "
                    "plot (rank, score, patch_m2). Not written in candidates mode."
                ),
            ),
        ]

    # -- reading ----------------------------------------------------------------------
    def _read(
        self,
        source,
        metric_crs,
        context,
        rect,
        skips,
        label,
        value_field=None,
        attributes=False,
        point_array=False,
    ):
        """A _LayerRead (shapely geometries in the metric CRS, values, features) of a
        source, only the features inside ``rect`` (metric CRS) when given. The features carry their
        attributes only with ``attributes``. With ``point_array`` a point layer comes back
        as one :class:`wos.PointArray` (values and features empty)."""
        tr_fwd = QgsCoordinateTransform(source.sourceCrs(), metric_crs, context.transformContext())
        request = QgsFeatureRequest()
        if rect is not None:
            back = QgsCoordinateTransform(
                metric_crs, source.sourceCrs(), context.transformContext()
            )
            with contextlib.suppress(Exception):  # blind on purpose: fall back to all features
                request.setFilterRect(back.transformBoundingBox(rect))
        if value_field:
            value_index = source.fields().lookupField(value_field)
            if not attributes:
                request.setSubsetOfAttributes([value_index])
        elif not attributes:
            request.setNoAttributes()
        if (
            point_array
            and not value_field
            and QgsWkbTypes.geometryType(source.wkbType()) == GeometryType.Point
        ):
            return _LayerRead(self._read_points(source, request, tr_fwd, skips, label))
        short_circuit = tr_fwd.isShortCircuited()
        geoms, values, feats = [], [], []
        for feature in source.getFeatures(request):
            geom = feature.geometry()
            if geom is None or geom.isNull() or geom.isEmpty():
                skips.add(label + ":nogeom", self.tr("{layer}: no geometry").format(layer=label))
                continue
            if not short_circuit:
                geom = QgsGeometry(geom)
                try:
                    geom.transform(tr_fwd)
                except Exception:  # noqa: BLE001
                    skips.add(
                        label + ":transform",
                        self.tr("{layer}: cannot be transformed").format(layer=label),
                    )
                    continue
            shp = to_shapely(geom, make_valid=False)
            if shp is None:
                skips.add(
                    label + ":invalid", self.tr("{layer}: unreadable geometry").format(layer=label)
                )
                continue
            value = None
            if value_field:
                value = to_float(feature.attribute(value_index))
                if value is None or value < 0:
                    skips.add(
                        label + ":value",
                        self.tr("{layer}: demand is empty, not a number or negative").format(
                            layer=label
                        ),
                    )
                    continue
            geoms.append(shp)
            values.append(value)
            feats.append(feature)
        return _LayerRead(geoms, values, feats)

    def _read_points(self, source, request, tr_fwd, skips, label):
        """[PointArray] of a point layer: the coordinates of all points read in one pass
        and transformed in one call, with the skips of :meth:`_read` (no geometry,
        cannot be transformed)."""
        x, y, owner, empty = points_xy(f.geometry() for f in source.getFeatures(request))
        if empty.any():
            message = self.tr("{layer}: no geometry").format(layer=label)
            for _ in range(int(empty.sum())):
                skips.add(label + ":nogeom", message)
        x, y, ok = transform_xy(tr_fwd, x, y)
        if not ok.all():
            bad = set(owner[~ok].tolist())
            message = self.tr("{layer}: cannot be transformed").format(layer=label)
            for _ in bad:
                skips.add(label + ":transform", message)
            keep = ~np.isin(owner, list(bad))
            x, y = x[keep], y[keep]
        return [wos.PointArray(x, y)] if len(x) else []

    # -- writing ----------------------------------------------------------------------
    @staticmethod
    def _write_raster(path, array, grid, crs_wkt):
        """GeoTIFF with rasterio, else GDAL."""
        try:
            import rasterio
            from rasterio.transform import Affine
        except ImportError:
            rasterio = None
        if rasterio is not None:
            transform = Affine(grid.res, 0.0, grid.x0, 0.0, -grid.res, grid.y0)
            with rasterio.open(
                path,
                "w",
                driver="GTiff",
                height=grid.nrows,
                width=grid.ncols,
                count=1,
                dtype="float32",
                crs=crs_wkt,
                transform=transform,
                nodata=wos.NODATA,
                compress="deflate",
            ) as dst:
                dst.write(array.astype("float32"), 1)
            return
        from osgeo import gdal

        driver = gdal.GetDriverByName("GTiff")
        ds = driver.Create(
            path, grid.ncols, grid.nrows, 1, gdal.GDT_Float32, options=["COMPRESS=DEFLATE"]
        )
        ds.SetGeoTransform(grid.geotransform)
        ds.SetProjection(crs_wkt)
        band = ds.GetRasterBand(1)
        band.SetNoDataValue(wos.NODATA)
        band.WriteArray(array.astype("float32"))
        band.FlushCache()
        ds = None

    def _why(self, site, use_network, use_demand, radius, max_main):
        parts = []
        if math.isnan(site.dist_main):
            parts.append(self.tr("more than {d:.0f} m from the main").format(d=max_main))
        else:
            parts.append(self.tr("{d:.0f} m from the main").format(d=site.dist_main))
        if use_network:
            if math.isnan(site.dist_network):
                parts.append(self.tr("no network nearby"))
            else:
                parts.append(self.tr("{d:.0f} m from the network").format(d=site.dist_network))
        if use_demand and not math.isnan(site.demand_gj):
            tj = site.demand_gj / 1000.0
            parts.append(
                self.tr("{tj} TJ demand within {r:.0f} m").format(
                    tj=("{:.0f}" if tj >= 10 else "{:.1f}").format(tj), r=radius
                )
            )
        return ", ".join(parts)

    # -- run --------------------------------------------------------------------------
    def checkParameterValues(self, parameters, context):  # noqa: N802
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        has_demand = parameters.get(self.DEMAND) not in (None, "")
        if has_demand and not parameters.get(self.DEMAND_FIELD):
            return False, tr("The parameter {key} needs a field name.").format(
                key=self.DEMAND_FIELD
            )
        p = self._siting_parameters(parameters, context)
        if p.weight_sum(parameters.get(self.HEAT_NETWORK) not in (None, ""), has_demand) <= 0:
            return False, self.tr(
                "The weights of the criteria used add up to 0: give at least one a weight."
            )
        return True, ""

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        layers = self._layers(parameters, context)
        p = self._siting_parameters(parameters, context)
        metric, _fwd, back = metric_transforms(layers.study, context)
        if metric.authid() != layers.study.sourceCrs().authid():
            feedback.pushInfo(
                self.tr("Distances are computed in {crs}.").format(crs=metric.authid())
            )
        skips = SkipCounter(feedback)
        inputs, candidate_features = self._read_inputs(layers, p, metric, context, feedback, skips)
        result = self._compute(inputs, p, feedback)
        skips.report()
        raster_path = self._write_suitability(parameters, context, feedback, result, layers, metric)
        use = _Criteria(
            network=layers.network is not None and bool(inputs.networks),
            demand=inputs.demand_geoms is not None,
        )
        sites_dest = self._write_sites(
            parameters, context, result, layers, back, candidate_features, use, p
        )
        patch_dest = self._write_patches(parameters, context, feedback, result, layers, back)
        self._report(feedback, result, use, p)
        feedback.setProgress(100)
        return {
            self.OUTPUT_RASTER: raster_path,
            self.OUTPUT_SITES: sites_dest,
            self.OUTPUT_PATCHES: patch_dest,
            "SITES_FOUND": len(result.sites),
            "BEST_SCORE": result.sites[0].score if result.sites else None,
        }

    def _layers(self, parameters, context):
        """The input layers of a run (the demand with its field)."""
        layers = _Layers(
            study=self.source_or_raise(parameters, self.STUDY_AREA, context),
            main=self.source_or_raise(parameters, self.TRANSPORT_MAIN, context),
            network=self.parameterAsSource(parameters, self.HEAT_NETWORK, context),
            demand=self.parameterAsSource(parameters, self.DEMAND, context),
            buildings=self.parameterAsSource(parameters, self.BUILDINGS, context),
            candidates=self.parameterAsSource(parameters, self.CANDIDATES, context),
            exclusions=self.parameterAsLayerList(parameters, self.EXCLUSIONS, context) or [],
        )
        if layers.demand is not None:
            layers.demand_field = self.field_or_raise(
                parameters, self.DEMAND_FIELD, context, layers.demand, required=True
            )
        return layers

    def _siting_parameters(self, parameters, context):
        def num(key):
            return self.parameterAsDouble(parameters, key, context)

        return wos.SitingParameters(
            resolution=num(self.RESOLUTION),
            max_dist_main=num(self.MAX_DIST_MAIN),
            max_dist_network=num(self.MAX_DIST_NETWORK),
            main_strip=num(self.MAIN_STRIP),
            hard_max_dist_network=num(self.HARD_MAX_DIST_NETWORK),
            demand_radius=num(self.DEMAND_RADIUS),
            building_distance=num(self.BUILDING_DISTANCE),
            exclusion_distance=num(self.EXCLUSION_DISTANCE),
            weight_main=num(self.WEIGHT_MAIN),
            weight_network=num(self.WEIGHT_NETWORK),
            weight_demand=num(self.WEIGHT_DEMAND),
            min_plot_area=num(self.MIN_PLOT_AREA),
            n_sites=self.parameterAsInt(parameters, self.N_SITES, context),
            min_separation=num(self.MIN_SEPARATION),
            score_tolerance=num(self.SCORE_TOLERANCE),
        )

    def _search_rect(self, study, p):
        """The rectangle (metric CRS) of the features that can matter: the study area's
        extent with the margin of the distances; refused when its raster is too large."""
        xmin, ymin, xmax, ymax = (
            min(g.bounds[0] for g in study),
            min(g.bounds[1] for g in study),
            max(g.bounds[2] for g in study),
            max(g.bounds[3] for g in study),
        )
        pad = p.search_margin()
        rect = QgsRectangle(xmin - pad, ymin - pad, xmax + pad, ymax + pad)
        cells = (rect.width() / p.resolution) * (rect.height() / p.resolution)
        if cells > wos.MAX_CELLS:
            raise QgsProcessingException(
                self.tr(
                    "The raster would have {cells:,.0f} cells (with the margin for the distances), "
                    "more than {max:,.0f}: choose a larger cell size or a smaller study area."
                ).format(cells=cells, max=wos.MAX_CELLS)
            )
        return rect

    def _read_inputs(self, layers, p, metric, context, feedback, skips):
        """(wos.SitingInputs in the metric CRS, the candidates' features)."""

        def read(source, rect, label, **kwargs):
            return self._read(source, metric, context, rect, skips, label, **kwargs)

        study = read(layers.study, None, self.tr("study area")).geometries
        if not study:
            raise QgsProcessingException(self.tr("The study area layer has no usable polygon."))
        rect = self._search_rect(study, p)
        inputs = wos.SitingInputs(study, read(layers.main, rect, self.tr("main")).geometries)
        if not inputs.mains:
            raise QgsProcessingException(
                self.tr(
                    "The transport main has no line within {d:.0f} m of the study area: no cell "
                    "can be suitable. Check the layers and the maximum distance to the main."
                ).format(d=p.max_dist_main)
            )
        if layers.network is not None:
            inputs.networks = read(layers.network, rect, self.tr("network")).geometries
            if not inputs.networks:
                feedback.pushWarning(
                    self.tr(
                        "The heat network has no line near the study area; its criterion scores "
                        "0 everywhere."
                    )
                )
        if layers.demand is not None:
            demand = read(layers.demand, rect, self.tr("demand"), value_field=layers.demand_field)
            if demand.geometries:
                inputs.demand_geoms, inputs.demand_values = demand.geometries, demand.values
            else:
                feedback.pushWarning(
                    self.tr("No demand near the study area; the demand criterion is left out.")
                )
        if layers.buildings is not None:
            inputs.buildings = read(
                layers.buildings, rect, self.tr("homes"), point_array=True
            ).geometries
        for layer in layers.exclusions:
            if not isinstance(layer, QgsVectorLayer):
                feedback.pushWarning(
                    self.tr("Exclusion layer {name} is not a vector layer; ignored.").format(
                        name=layer.name()
                    )
                )
                continue
            inputs.exclusions.extend(read(layer, rect, layer.name(), point_array=True).geometries)
        candidate_features = []
        if layers.candidates is not None:
            candidates = read(layers.candidates, None, self.tr("candidates"), attributes=True)
            inputs.candidates, candidate_features = candidates.geometries, candidates.features
        raise_if_canceled(feedback)
        if p.weight_sum(layers.network is not None, inputs.demand_geoms is not None) <= 0:
            raise QgsProcessingException(
                self.tr("The weights of the criteria used add up to 0: give at least one a weight.")
            )
        return inputs, candidate_features

    def _compute(self, inputs, p, feedback):
        """wos.site of the inputs, with progress and cancel (10-95 %)."""

        def progress(pct):
            feedback.setProgress(10.0 + 0.85 * pct)
            return feedback.isCanceled()

        try:
            return wos.site(inputs, p, progress=progress)
        except InterruptedError:
            raise_if_canceled(feedback)
            raise
        except wos.WosError as exc:
            raise QgsProcessingException(
                self.tr("The siting could not be computed: {error}").format(error=exc)
            ) from exc

    def _write_suitability(self, parameters, context, feedback, result, layers, metric):
        """The score raster, in the study area's CRS when that is metric; its path."""
        raster_path = self.parameterAsOutputLayer(parameters, self.OUTPUT_RASTER, context)
        study_crs = layers.study.sourceCrs()
        raster_crs = study_crs if metric.authid() == study_crs.authid() else metric
        if raster_crs != study_crs:
            feedback.pushInfo(
                self.tr(
                    "The study area's CRS is not in metres: the raster is written in {crs}."
                ).format(crs=metric.authid())
            )
        # a temporary file renamed when complete: a failure keeps the previous raster
        with files.replacing(raster_path) as raster_tmp:
            self._write_raster(
                raster_tmp,
                result.score,
                result.grid,
                raster_crs.toWkt(raster_crs.WKT_PREFERRED_GDAL),
            )
        return raster_path

    def _write_sites(self, parameters, context, result, layers, back, candidate_features, use, p):
        """The ranked sites (with the candidate's fields in candidates mode)."""
        base = layers.candidates.fields() if layers.candidates is not None else None
        writer = Writer.open(
            self,
            parameters,
            self.OUTPUT_SITES,
            context,
            make_fields(self.SITE_FIELDS, base),
            WkbType.MultiPolygon,
            layers.study.sourceCrs(),
        )
        rows = []
        for site in result.sites:
            attrs = []
            if layers.candidates is not None:
                attrs = list(candidate_features[site.source_index].attributes())
            rows.append(
                attrs
                + [
                    site.rank,
                    round(site.score, 4),
                    round(site.area_m2, 1),
                    _round1(site.patch_area_m2),
                    _round1(site.dist_main),
                    _round1(site.dist_network) if use.network else None,
                    _round1(site.demand_gj) if use.demand else None,
                    self._why(site, use.network, use.demand, p.demand_radius, p.max_dist_main),
                ]
            )
        writer.write_rows(
            rows, [from_shapely(site.geometry, multi=True, transform=back) for site in result.sites]
        )
        return writer.dest

    def _write_patches(self, parameters, context, feedback, result, layers, back):
        """The optional patches output (empty in candidates mode); its destination."""
        writer = Writer.open(
            self,
            parameters,
            self.OUTPUT_PATCHES,
            context,
            self.PATCH_FIELDS,
            WkbType.MultiPolygon,
            layers.study.sourceCrs(),
            required=False,
        )
        if writer is None:
            return ""  # not wanted: the empty destination of parameterAsSink
        if layers.candidates is not None:
            feedback.pushInfo(self.tr("Candidates mode: the patches output stays empty."))
        sites = [site for site in result.sites if site.patch is not None]
        writer.write_rows(
            [[site.rank, round(site.score, 4), _round1(site.patch_area_m2)] for site in sites],
            [from_shapely(site.patch, multi=True, transform=back) for site in sites],
        )
        return writer.dest

    def _report(self, feedback, result, use, p):
        """The closing messages: candidates left out, no site, or the best site."""
        if result.n_candidates_too_small:
            feedback.pushWarning(
                self.tr(
                    "{n} candidate(s) left out: less than {a:.0f} m² of usable cells with a "
                    "score above 0 (after exclusions, inside the study area, within the maximum "
                    "distance to the main)."
                ).format(n=result.n_candidates_too_small, a=p.min_plot_area)
            )
        if not result.sites:
            feedback.pushWarning(
                self.tr(
                    "No site found: no plot of {a:.0f} m² of usable cells with a score above 0. "
                    "Check the exclusions, the distance to homes and the maximum distance to the "
                    "main."
                ).format(a=p.min_plot_area)
            )
        else:
            feedback.pushInfo(
                self.tr("{n} site(s); best score {s:.3f}: {why}").format(
                    n=len(result.sites),
                    s=result.sites[0].score,
                    why=self._why(
                        result.sites[0], use.network, use.demand, p.demand_radius, p.max_dist_main
                    ),
                )
            )


def _round1(value):
    """A number rounded to 0.1, None for None or NaN."""
    return None if value is None or math.isnan(value) else round(value, 1)


@dataclass
class _Layers:
    """The input layers of a run (feature sources; the exclusions as map layers)."""

    study: object
    main: object
    network: object = None
    demand: object = None
    buildings: object = None
    candidates: object = None
    exclusions: list = field(default_factory=list)
    demand_field: str = ""


@dataclass
class _LayerRead:
    """What :meth:`WosSiting._read` read of one layer."""

    geometries: list
    values: list = field(default_factory=list)
    features: list = field(default_factory=list)


@dataclass(frozen=True)
class _Criteria:
    """Which optional criteria count in the outputs."""

    network: bool
    demand: bool
