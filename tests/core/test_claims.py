"""Validation rules of spatial claims: every rule with a good and a bad value."""

import datetime

import pytest
from shapely.geometry import LineString, MultiPolygon, Point, Polygon, box

from bronnenstrategie.core import claim_schema as schema
from bronnenstrategie.core import claims

#: A 100 m x 100 m square in The Hague (RD New).
SQUARE = box(80000, 454000, 80100, 454100)


def good(**changes):
    attrs = {
        schema.F_NAME: "Geothermie Binckhorst",
        schema.F_CLAIM_TYPE: "geothermie_locatie",
        schema.F_STATUS: "concept",
        schema.F_CATEGORY: 1,
        schema.F_LEVEL: "ondergronds",
        schema.F_DEPTH_TOP: 0,
        schema.F_DEPTH_BOTTOM: 2500,
        schema.F_VALID_FROM: "2025-01-01",
        schema.F_VALID_TO: "2045-12-31",
    }
    attrs.update(changes)
    return attrs


def codes(problems):
    return [p.code for p in problems]


def test_good_claim_has_no_problems():
    assert claims.validate(good(), SQUARE) == []


@pytest.mark.parametrize("value", [None, "", "   "])
def test_name_required(value):
    assert codes(claims.check_name(good(name=value))) == ["name_required"]


@pytest.mark.parametrize(
    "value,code", [(None, "type_required"), ("", "type_required"), ("windmolen", "type_unknown")]
)
def test_claim_type_required_and_known(value, code):
    assert codes(claims.check_claim_type(good(claim_type=value))) == [code]


def test_status_required_and_known():
    assert codes(claims.check_status(good(status=None))) == ["status_required"]
    assert codes(claims.check_status(good(status="besloten"))) == ["status_unknown"]
    assert claims.check_status(good(status="vastgesteld")) == []


def test_level_empty_or_known():
    assert claims.check_level(good(level=None)) == []
    assert codes(claims.check_level(good(level="boven"))) == ["level_unknown"]


@pytest.mark.parametrize("value", [0, 4, "twee", 1.5])
def test_category_must_be_1_2_or_3(value):
    assert codes(claims.check_category(good(category=value))) == ["category_value"]


def test_category_only_for_geothermal_types():
    attrs = good(claim_type="aquathermie", category=2)
    assert codes(claims.check_category(attrs)) == ["category_not_geothermal"]
    assert claims.check_category(good(claim_type="aquathermie", category=None)) == []
    assert claims.check_category(good(claim_type="geothermie_zoeklocatie", category="3")) == []


def test_depth_values_must_be_numbers():
    problems = claims.check_depth_values(good(depth_top_m="diep"))
    assert codes(problems) == ["depth_not_number"] and problems[0].field == schema.F_DEPTH_TOP
    # decimal comma is a number: 12,5 -> 12.5
    assert claims.check_depth_values(good(depth_bottom_m="12,5")) == []


def test_depth_top_not_below_bottom():
    problems = claims.check_depth_order(good(depth_top_m=300, depth_bottom_m=200))
    assert codes(problems) == ["depth_order"]
    assert problems[0].text() == "The top depth (300 m) is below the bottom depth (200 m)."
    assert claims.check_depth_order(good(depth_top_m=200, depth_bottom_m=200)) == []
    assert claims.check_depth_order(good(depth_top_m=None, depth_bottom_m=200)) == []


def test_depth_not_negative():
    # depths are metres below ground level: -5 m lies above the surface
    problems = claims.check_depth_not_negative(good(depth_top_m=-5, depth_bottom_m=100))
    assert codes(problems) == ["depth_negative"] and problems[0].field == schema.F_DEPTH_TOP
    assert problems[0].text() == (
        "The depth -5 m is negative; depths are metres below " "ground level."
    )
    problems = claims.check_depth_not_negative(good(depth_top_m=None, depth_bottom_m=-0.5))
    assert codes(problems) == ["depth_negative"] and problems[0].field == schema.F_DEPTH_BOTTOM
    assert claims.check_depth_not_negative(good(depth_top_m=0, depth_bottom_m=0.5)) == []
    assert claims.check_depth_not_negative(good(depth_top_m="diep")) == []  # not a number


def test_depth_plausible():
    # MAX_DEPTH_M = 10,000 m: 1e15 m is a typing error, 10,000 m itself is allowed
    problems = claims.check_depth_plausible(good(depth_bottom_m=1e15))
    assert codes(problems) == ["depth_too_large"] and problems[0].field == schema.F_DEPTH_BOTTOM
    assert problems[0].text() == ("The depth 1e+15 m is implausibly large (more than " "10000 m).")
    problems = claims.check_depth_plausible(good(depth_top_m=20000, depth_bottom_m=30000))
    assert [p.field for p in problems] == [schema.F_DEPTH_TOP, schema.F_DEPTH_BOTTOM]
    assert claims.check_depth_plausible(good(depth_top_m=7000, depth_bottom_m=10000)) == []


def test_depth_range_not_empty():
    # top 0 m and bottom 0 m underground: no depth range at all
    problems = claims.check_depth_range_not_empty(good(depth_top_m=0, depth_bottom_m=0))
    assert codes(problems) == ["depth_range_empty"] and problems[0].field == schema.F_DEPTH_BOTTOM
    problems = claims.check_depth_range_not_empty(good(depth_top_m=60, depth_bottom_m="60"))
    assert problems[0].text().startswith("The top and bottom depth are both 60 m")
    # the surface 0-0 m is the depth range of a claim above ground
    assert (
        claims.check_depth_range_not_empty(
            good(level="bovengronds", depth_top_m=0, depth_bottom_m=0)
        )
        == []
    )
    assert claims.check_depth_range_not_empty(good(depth_top_m=0, depth_bottom_m=None)) == []
    assert claims.check_depth_range_not_empty(good(depth_top_m=18, depth_bottom_m=60)) == []


def test_validate_reports_the_new_depth_rules():
    # what addclaims, the dialog and both register stores refuse
    assert codes(claims.validate(good(depth_top_m=-5), SQUARE)) == ["depth_negative"]
    assert codes(claims.validate(good(depth_bottom_m=1e15), SQUARE)) == ["depth_too_large"]
    assert codes(claims.validate(good(depth_top_m=0, depth_bottom_m=0), SQUARE)) == [
        "depth_range_empty"
    ]


def test_dates_must_be_dates():
    assert codes(claims.check_date_values(good(valid_from="31-12-2025"))) == ["date_invalid"]
    assert codes(claims.check_date_values(good(valid_to="2025-02-30"))) == ["date_invalid"]
    assert claims.check_date_values(good(valid_from=datetime.date(2025, 1, 1))) == []


def test_valid_from_not_after_valid_to():
    problems = claims.check_date_order(good(valid_from="2030-01-02", valid_to="2030-01-01"))
    assert codes(problems) == ["date_order"]
    assert claims.check_date_order(good(valid_from="2030-01-01", valid_to="2030-01-01")) == []


def test_geometry_missing_empty_not_polygonal():
    assert codes(claims.check_geometry(None)) == ["geometry_missing"]
    assert codes(claims.check_geometry(Polygon())) == ["geometry_empty"]
    assert codes(claims.check_geometry(Point(80000, 454000))) == ["geometry_not_polygon"]
    line = LineString([(80000, 454000), (80100, 454000)])
    assert codes(claims.check_geometry(line)) == ["geometry_not_polygon"]
    assert claims.check_geometry(MultiPolygon([SQUARE])) == []


def test_geometry_invalid():
    bowtie = Polygon([(0, 0), (10, 10), (10, 0), (0, 10), (0, 0)])
    problems = claims.check_geometry(bowtie)
    assert codes(problems) == ["geometry_invalid"]
    assert "Self-intersection" in problems[0].text()


def test_crs_must_be_transformable():
    assert claims.check_crs("EPSG:28992") == []
    assert claims.check_crs("EPSG:4326", transformable=True) == []
    assert codes(claims.check_crs("", transformable=False)) == ["crs"]
    assert codes(claims.check_crs("USER:1", transformable=False)) == ["crs"]


def test_geometry_outside_rd_new():
    # degrees read as metres: (4.3, 52.07) lies far outside x >= -7000, y >= 289000
    degrees = box(4.30, 52.07, 4.31, 52.08)
    assert codes(claims.check_rd_extent(degrees)) == ["outside_rd"]
    assert claims.check_rd_extent(SQUARE) == []


def test_validate_collects_all_rules():
    attrs = good(name="", category=5, depth_top_m=10, depth_bottom_m=5)
    problems = claims.validate(attrs, Point(1, 1))
    assert codes(problems) == [
        "name_required",
        "category_value",
        "depth_order",
        "geometry_not_polygon",
    ]


def test_message_translated_through_callback():
    problem = claims.check_name(good(name=""))[0]
    seen = []

    def translate(context, text):
        seen.append(context)
        return "Een naam is verplicht."

    assert problem.text(translate) == "Een naam is verplicht."
    assert seen == ["claims"]


def test_normalise_fills_defaults_from_type():
    out = claims.normalise(
        {
            schema.F_NAME: "  WOS  ",
            schema.F_CLAIM_TYPE: "restwarmte_wos",
            schema.F_DEPTH_TOP: "",
            schema.F_VALID_FROM: datetime.date(2025, 3, 1),
        }
    )
    assert out[schema.F_NAME] == "WOS"
    assert out[schema.F_STATUS] == "concept"
    assert out[schema.F_IMOW_TYPE] == "Energievoorziening"
    assert out[schema.F_IMOW_GROUP] == "Energieproductiegebied"
    assert out[schema.F_LEVEL] == "bovengronds"
    assert out[schema.F_DEPTH_TOP] is None
    assert out[schema.F_VALID_FROM] == "2025-03-01"
    # a user's own IMOW group is kept
    out = claims.normalise(
        {schema.F_CLAIM_TYPE: "warmtenet_trace", schema.F_IMOW_GROUP: "Reserveringsgebied"}
    )
    assert (out[schema.F_IMOW_TYPE], out[schema.F_IMOW_GROUP]) == ("Leiding", "Reserveringsgebied")


def test_imow_defaults_cover_every_claim_type():
    assert set(schema.IMOW_DEFAULTS) == set(schema.CLAIM_TYPES) == set(schema.DEFAULT_LEVELS)
    for imow_type, _group in schema.IMOW_DEFAULTS.values():
        assert imow_type in ("Energievoorziening", "Leiding", "")


def test_check_claims_fills_fallbacks_names_and_type_defaults_in_order():
    common = {
        schema.F_CLAIM_TYPE: "bodemenergie_interferentiegebied",
        schema.F_STATUS: "concept",
        schema.F_LEVEL: None,
        schema.F_SOURCE_REF: "wells",
    }
    inputs = [
        # no top depth: the fallback 18 m; its own bottom depth 60 m stays
        claims.ClaimInput(
            1, {schema.F_NAME: "A", schema.F_DEPTH_TOP: None, schema.F_DEPTH_BOTTOM: 60}, SQUARE
        ),
        # no name: "wells 2"; a depth written as text stays text and is rejected
        claims.ClaimInput(2, {schema.F_NAME: "", schema.F_DEPTH_TOP: "diep"}, SQUARE),
        claims.ClaimInput(3, {schema.F_NAME: "C"}, unread="transform"),
        claims.ClaimInput(4, {schema.F_NAME: "D"}, None),
    ]
    out = claims.check_claims(
        inputs, common, {schema.F_DEPTH_TOP: 18.0, schema.F_DEPTH_BOTTOM: 140.0}, "wells"
    )
    assert [o.fid for o in out] == [1, 2, 3, 4]
    first = out[0]
    assert first.problems == [] and first.geometry is SQUARE
    assert (first.values[schema.F_DEPTH_TOP], first.values[schema.F_DEPTH_BOTTOM]) == (18.0, 60.0)
    # level and IMOW type/group follow from the claim type
    assert first.values[schema.F_LEVEL] == "ondergronds"
    assert (first.values[schema.F_IMOW_TYPE], first.values[schema.F_IMOW_GROUP]) == (
        "Energievoorziening",
        "Bodemenergiegebied",
    )
    assert first.values[schema.F_SOURCE_REF] == "wells"
    assert out[1].values[schema.F_NAME] == "wells 2"
    assert codes(out[1].problems) == ["depth_not_number"]
    assert out[2].unread == "transform" and out[2].values is None and out[2].problems == []
    assert codes(out[3].problems) == ["geometry_missing"]
    # common values are not changed by a claim
    assert common[schema.F_LEVEL] is None and schema.F_NAME not in common
