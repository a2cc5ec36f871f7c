"""Register values, well codes, schemas and the well layer of core.wellimport, by hand."""

import struct

import pytest

from bronnenstrategie.core import wellimport as wi

RD = (81000.0, 455000.0)  # Den Haag, RD New


# -- value forms ------------------------------------------------------------------------
@pytest.mark.parametrize("raw", ["-", "onbekend", "Onbekend", "n.v.t.", "?", "--"])
def test_placeholders_read_as_empty(raw):
    assert wi.parse_number(raw) == (None, [("placeholder", raw)])


@pytest.mark.parametrize("raw", [None, "", "   ", float("nan")])
def test_empty_is_empty_without_a_note(raw):
    assert wi.parse_number(raw) == (None, [])


def test_upper_bound_kept_as_the_number():
    assert wi.parse_number("<10") == (10.0, [("upper_bound", "<10")])
    assert wi.parse_number("< 2,5") == (2.5, [("upper_bound", "< 2,5"), ("decimal_comma", "< 2,5")])
    assert wi.parse_number(">5") == (5.0, [("lower_bound", ">5")])
    assert wi.parse_number("ca. 100") == (100.0, [("approximate", "ca. 100")])


def test_decimal_comma():
    assert wi.parse_number("139,6") == (139.6, [("decimal_comma", "139,6")])


def test_thousands_separators():
    assert wi.parse_number("1.203.600") == (1203600.0, [("thousands", "1.203.600")])
    assert wi.parse_number("1.203.600,5") == (1203600.5, [("thousands", "1.203.600,5")])
    assert wi.parse_number("1,203,600") == (1203600.0, [("thousands", "1,203,600")])
    # one group: thousands in a volume, a decimal point elsewhere
    assert wi.parse_number("200.000", "year") == (200000.0, [("thousands", "200.000")])
    assert wi.parse_number("12.500", "hour") == (12.5, [("number_text", "12.500")])


def test_number_stored_as_text():
    assert wi.parse_number("12.5") == (12.5, [("number_text", "12.5")])
    assert wi.parse_number(12) == (12.0, [])
    assert wi.parse_number(3.5) == (3.5, [])


def test_units_checked_against_the_field():
    assert wi.parse_number("90 m3/h", "hour") == (90.0, [("unit_text", "90 m3/h")])
    assert wi.parse_number("200000 m3/jaar", "year") == (
        200000.0,
        [("unit_text", "200000 m3/jaar")],
    )
    assert wi.parse_number("45 m", "m") == (45.0, [("unit_text", "45 m")])
    # a yearly volume written in an hourly capacity field, depth in a volume field
    assert wi.parse_number("200000 m3/jaar", "hour") == (
        None,
        [("unit_mismatch", "200000 m3/jaar")],
    )
    assert wi.parse_number("45 m", "year") == (None, [("unit_mismatch", "45 m")])


def test_text_that_is_not_a_number():
    assert wi.parse_number("veel") == (None, [("not_number", "veel")])


# -- well codes -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "code, kind, temperature, role",
    [
        ("W1", "well", "warm", "both"),
        ("K1", "well", "koud", "both"),
        ("k 2", "well", "koud", "both"),
        ("WB1", "well", "warm", "both"),
        ("12345-W3", "well", "warm", "both"),
        ("M", "mono", None, "both"),
        ("Mono", "mono", None, "both"),
        ("M (W)", "mono_part", "warm", "both"),
        ("M (K)", "mono_part", "koud", "both"),
        ("M (I)", "mono_part", None, "infiltration"),
        ("M (O)", "mono_part", None, "extraction"),
        ("Onttrekking", "oneway", None, "extraction"),
        ("Infiltratie", "oneway", None, "infiltration"),
        ("Bronnen onbekend (niet aangelegd)", "not_a_well", None, None),
        ("Q7", "unknown", None, None),
        ("", None, None, None),
    ],
)
def test_well_codes(code, kind, temperature, role):
    parsed = wi.parse_well_code(code)
    assert (parsed["kind"], parsed["temperature"], parsed["role"]) == (kind, temperature, role)


# -- schemas ----------------------------------------------------------------------------------
def test_detect_province_wkotool_custom_and_nothing():
    assert (
        wi.detect_schema(
            ["X_coordinaat", "Y_coordinaat", "Vergund_m3_jaar", "Putcode", "LGR_inr_nr"]
        )[0]
        == wi.PROVINCE
    )
    assert (
        wi.detect_schema(["Installatie ID", "Status put", "Status installatie", "pompcapaciteit"])[
            0
        ]
        == wi.WKOTOOL
    )
    assert wi.detect_schema(["well_id", "system_id", "temperature", "volume_m3"])[0] == wi.CUSTOM
    assert wi.detect_schema(["naam", "adres"]) == (None, [])


def test_mapping_matches_names_in_any_case_and_overrides_win():
    names = ["lgr_inr_nr", "VERGUND_M3_JAAR", "putcode", "Filter_boven", "wvp"]
    mapping = wi.resolve_mapping(wi.PROVINCE, names, {wi.AQUIFER: "putcode"})
    assert mapping[wi.SYSTEM] == "lgr_inr_nr"
    assert mapping[wi.VOLUME_YEAR] == "VERGUND_M3_JAAR"
    assert mapping[wi.SCREEN_TOP] == "Filter_boven"
    assert mapping[wi.AQUIFER] == "putcode"  # the override
    assert wi.SCREEN_BOTTOM not in mapping


# -- building the well layer ---------------------------------------------------------------
def rec(sid, values, x=RD[0], y=RD[1]):
    return wi.make_record(sid, x, y, values)


def _by_id(rows):
    return {r["well_id"]: r for r in rows}


def test_doublet_season_volume_from_the_yearly_permit():
    rows, problems = wi.build_wells(
        [
            rec("1", {wi.SYSTEM: "S1", wi.WELL_CODE: "W1", wi.VOLUME_YEAR: "200.000,0"}),
            rec("2", {wi.SYSTEM: "S1", wi.WELL_CODE: "K1", wi.VOLUME_YEAR: 200000}, x=RD[0] + 100),
        ]
    )
    wells = _by_id(rows)
    # 200,000 m3 per year over 2 wells: 100,000 m3 per well per season
    assert wells["S1-W1"]["volume_m3"] == 100000.0
    assert wells["S1-K1"]["temperature"] == "koud"
    assert wells["S1-W1"]["role"] == "both"
    assert problems.count("season_from_year") == 2
    assert problems.count("thousands") == 1
    assert problems.count("code_temperature") == 2


def test_a_well_alone_in_its_system_counts_as_half_a_doublet():
    rows, problems = wi.build_wells([rec("1", {wi.SYSTEM: "S", wi.VOLUME_YEAR: 90000})])
    assert rows[0]["volume_m3"] == 45000.0
    assert problems.count("doublet_assumed") == 1


def test_own_season_volume_wins():
    rows, _ = wi.build_wells(
        [rec("1", {wi.SYSTEM: "S", wi.VOLUME_SEASON: "30000", wi.VOLUME_YEAR: 90000})]
    )
    assert rows[0]["volume_m3"] == 30000.0
    assert rows[0]["volume_year_m3"] == 90000.0


def test_mono_well_becomes_two_wells_with_screen_halves():
    rows, problems = wi.build_wells(
        [
            rec(
                "7",
                {
                    wi.SYSTEM: "S",
                    wi.WELL_CODE: "Mono",
                    wi.VOLUME_YEAR: 120000,
                    wi.SCREEN_TOP: "20",
                    wi.SCREEN_BOTTOM: "60",
                },
            ),
            rec("8", {wi.SYSTEM: "S", wi.WELL_CODE: "W1", wi.VOLUME_YEAR: 120000}, x=RD[0] + 80),
        ]
    )
    wells = _by_id(rows)
    assert set(wells) == {"S-MONO-W", "S-MONO-K", "S-W1"}
    assert (wells["S-MONO-W"]["screen_top"], wells["S-MONO-W"]["screen_bottom"]) == (20, 40)
    assert (wells["S-MONO-K"]["screen_top"], wells["S-MONO-K"]["screen_bottom"]) == (40, 60)
    assert wells["S-MONO-W"]["temperature"] == "warm"
    assert wells["S-MONO-K"]["temperature"] == "koud"
    # three logical wells in the system: 120,000 / 3
    assert wells["S-W1"]["volume_m3"] == 40000.0
    assert problems.count("mono_split") == 2 and problems.count("mono_halves") == 2


def test_mono_well_with_two_screens_warm_upper():
    rows, _ = wi.build_wells(
        [
            rec(
                "1",
                {
                    wi.SYSTEM: "S",
                    wi.WELL_CODE: "M",
                    wi.SCREEN_TOP: 80,
                    wi.SCREEN_BOTTOM: 100,
                    wi.SCREEN2_TOP: 20,
                    wi.SCREEN2_BOTTOM: 40,
                },
            )
        ]
    )
    wells = _by_id(rows)
    assert (wells["S-M-W"]["screen_top"], wells["S-M-K"]["screen_top"]) == (20, 80)


def test_mono_parts_and_one_way_wells():
    rows, problems = wi.build_wells(
        [
            rec(
                "1",
                {wi.SYSTEM: "S", wi.WELL_CODE: "M (W)", wi.SCREEN_TOP: 20, wi.SCREEN_BOTTOM: 40},
            ),
            rec(
                "2",
                {wi.SYSTEM: "S", wi.WELL_CODE: "M (K)", wi.SCREEN_TOP: 50, wi.SCREEN_BOTTOM: 70},
            ),
            rec("3", {wi.SYSTEM: "T", wi.WELL_CODE: "M (I)"}, x=RD[0] + 500),
            rec("4", {wi.SYSTEM: "T", wi.WELL_CODE: "M (O)"}, x=RD[0] + 500),
            rec("5", {wi.SYSTEM: "U", wi.WELL_CODE: "Onttrekking"}, x=RD[0] + 900),
            rec("6", {wi.SYSTEM: "U", wi.WELL_CODE: "Infiltratie"}, x=RD[0] + 950),
        ]
    )
    wells = {r["source_id"]: r for r in rows}
    assert (wells["1"]["temperature"], wells["2"]["temperature"]) == ("warm", "koud")
    assert (wells["3"]["role"], wells["4"]["role"]) == ("infiltration", "extraction")
    assert (wells["5"]["role"], wells["6"]["role"]) == ("extraction", "infiltration")
    assert wells["5"]["temperature"] == ""
    assert problems.count("mono_screen") == 4


def test_rows_that_are_not_wells_are_rejected():
    rows, problems = wi.build_wells(
        [
            rec("1", {wi.SYSTEM: "S", wi.WELL_CODE: "Bronnen onbekend (niet aangelegd)"}),
            rec("2", {wi.SYSTEM: "S", wi.WELL_CODE: "W1"}),
        ]
    )
    assert [r["source_id"] for r in rows] == ["2"]
    assert problems.count("not_a_well") == 1


def test_outside_the_netherlands_rejected_with_its_id():
    rows, problems = wi.build_wells(
        [
            rec("paris", {wi.SYSTEM: "S"}, x=-100000.0, y=-100000.0),
            rec("nowhere", {wi.SYSTEM: "S"}, x=None, y=None),
            rec("ok", {wi.SYSTEM: "S"}),
        ]
    )
    assert [r["source_id"] for r in rows] == ["ok"]
    table = {r["kind"]: r for r in problems.table()}
    assert table["outside_nl"]["examples"] == ["paris"]
    assert table["no_location"]["examples"] == ["nowhere"]


def test_exact_duplicates_of_one_system_merged_not_of_two_systems():
    rows, problems = wi.build_wells(
        [
            rec("1", {wi.SYSTEM: "S", wi.WELL_CODE: "W1", wi.STATUS: "In Gebruik"}),
            rec("2", {wi.SYSTEM: "S", wi.WELL_CODE: "W1", wi.STATUS: "In Gebruik"}),
            rec("3", {wi.SYSTEM: "S", wi.WELL_CODE: "W1", wi.STATUS: "In Gebruik"}),
            rec("4", {wi.SYSTEM: "T", wi.WELL_CODE: "W1"}),  # another system: kept
            rec("5", {wi.SYSTEM: "S", wi.WELL_CODE: "K1"}),  # another well: kept
        ]
    )
    assert sorted(r["source_id"] for r in rows) == ["1", "4", "5"]
    assert problems.count("duplicate") == 2  # two records merged away
    assert problems.count("shared_location") == 3  # S and T share the point


def test_wells_out_of_use_left_out_unless_asked():
    records = [
        rec("1", {wi.SYSTEM: "S", wi.STATUS: "Buiten Gebruik"}, x=RD[0] + 1),
        rec("2", {wi.SYSTEM: "S", wi.STATUS: "Bron Gedempt"}, x=RD[0] + 2),
        rec("3", {wi.SYSTEM: "S", wi.STATUS: "In Gebruik"}, x=RD[0] + 3),
    ]
    rows, problems = wi.build_wells(records)
    assert [r["source_id"] for r in rows] == ["3"] and problems.count("inactive") == 2
    rows, _ = wi.build_wells(records, include_inactive=True)
    assert len(rows) == 3


def test_screens_checked_swapped_and_implausible():
    rows, problems = wi.build_wells(
        [
            rec("1", {wi.SYSTEM: "S", wi.SCREEN_TOP: "60", wi.SCREEN_BOTTOM: "20"}),
            rec("2", {wi.SYSTEM: "S", wi.SCREEN_TOP: "-5", wi.SCREEN_BOTTOM: "2500"}, x=RD[0] + 50),
        ]
    )
    wells = {r["source_id"]: r for r in rows}
    assert (wells["1"]["screen_top"], wells["1"]["screen_bottom"]) == (20.0, 60.0)
    assert (wells["2"]["screen_top"], wells["2"]["screen_bottom"]) == (None, None)
    assert problems.count("screen_swapped") == 1 and problems.count("implausible") == 2


# -- shapefile encoding -----------------------------------------------------------------------
def _dbf(path, values, ldid=0):
    """A minimal dBASE III file with one character field NAAM (20 bytes)."""
    header = struct.pack("<BBBBIHH20x", 3, 124, 1, 1, len(values), 32 + 32 + 1, 1 + 20)
    header = header[:29] + bytes([ldid]) + header[30:]
    field = b"NAAM".ljust(11, b"\x00") + b"C" + b"\x00" * 4 + bytes([20, 0]) + b"\x00" * 14
    with open(path, "wb") as fh:
        fh.write(header + field + b"\x0d")
        for v in values:
            fh.write(b" " + v.ljust(20, b" "))
        fh.write(b"\x1a")


def test_encoding_from_cpg_cst_ldid_and_detection(tmp_path):
    shp = tmp_path / "a.shp"
    _dbf(tmp_path / "a.dbf", ["Café Noël".encode("cp1252")])
    assert wi.shapefile_encoding(shp) == ("windows-1252", "latin1")
    _dbf(tmp_path / "a.dbf", ["Café Noël".encode()])
    assert wi.shapefile_encoding(shp) == ("UTF-8", "utf8")
    _dbf(tmp_path / "a.dbf", [b"plain"])
    assert wi.shapefile_encoding(shp) == ("UTF-8", "ascii")
    _dbf(tmp_path / "a.dbf", [b"plain"], ldid=0x57)
    assert wi.shapefile_encoding(shp) == ("windows-1252", "ldid")
    (tmp_path / "a.cst").write_text("ISO-8859-1")
    assert wi.shapefile_encoding(shp) == ("ISO-8859-1", "cst")
    (tmp_path / "a.cpg").write_text("UTF-8")
    assert wi.shapefile_encoding(shp) == ("UTF-8", "cpg")
