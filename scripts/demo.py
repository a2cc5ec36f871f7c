#!/usr/bin/env python3
"""The demo: runs the plugin's algorithms headless through qgis_process on the sample data
of Den Haag, writes every output into out/bronnenstrategie.gpkg and prints a summary.

Each step is one algorithm; steps are listed in STEPS below (one entry per algorithm).
"""

import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import qgisproc  # noqa: E402

OUT = REPO / "out"
GPKG = OUT / "bronnenstrategie.gpkg"
SAMPLE = REPO / "resources" / "sample" / "denhaag_sample.gpkg"
#: The claims register the demo fills (addclaims) and reads (claimconflicts, exportgio).
REGISTER = OUT / "ruimteclaims.gpkg"


def sample(layer):
    """Input URI of a sample layer."""
    return "{}|layername={}".format(SAMPLE, layer)


def table(name):
    """Output URI of a table in out/bronnenstrategie.gpkg."""
    return "ogr:dbname='{}' table=\"{}\" (geom)".format(GPKG, name)


def _fmt(value, digits=1):
    try:
        return "{:,.{}f}".format(float(value), digits)
    except (TypeError, ValueError):
        return str(value)


# (title, algorithm id, parameters, summary(results) -> str). Add one entry per algorithm.
STEPS = [
    (
        "Soil energy: thermal radius of the WKO wells",
        "bronnenstrategie:thermalradius",
        {
            "INPUT": sample("wko_wells"),
            "VOLUME_FIELD": "volume_m3",
            "SYSTEM_FIELD": "system_id",
            "SCREEN_TOP_FIELD": "screen_top",
            "SCREEN_BOTTOM_FIELD": "screen_bottom",
            "OUTPUT": table("wells_thermal_radius"),
            "OUTPUT_AREAS": table("wells_thermal_radius_circles"),
        },
        lambda r: "{} wells computed ({} skipped with a warning); thermal radius "
                  "{} m to {} m".format(r["N_WELLS"], r["N_SKIPPED"], _fmt(r["MIN_R_TH"]),
                                         _fmt(r["MAX_R_TH"])),
    ),
    # --- add the steps of the other algorithms below this line ---------------------------
    (
        "Soil energy: well conflicts (distance rules, closed loops)",
        "bronnenstrategie:wellconflicts",
        {
            "INPUT": sample("wko_wells"),
            "VOLUME_FIELD": "volume_m3",
            "SYSTEM_FIELD": "system_id",
            "TEMPERATURE_FIELD": "temperature",
            "SCREEN_TOP_FIELD": "screen_top",
            "SCREEN_BOTTOM_FIELD": "screen_bottom",
            "ID_FIELD": "well_id",
            "CLOSED_LOOPS": sample("closed_loops"),
            "CLOSED_TOP_FIELD": "depth_top",
            "CLOSED_BOTTOM_FIELD": "depth_bottom",
            "OUTPUT": table("well_conflicts"),
        },
        lambda r: "{} conflicting pairs of wells / closed loops".format(r["N_CONFLICTS"]),
    ),
    (
        "Soil energy: candidate interference areas",
        "bronnenstrategie:interferenceareas",
        {
            "INPUT": sample("wko_wells"),
            "VOLUME_FIELD": "volume_m3",
            "SYSTEM_FIELD": "system_id",
            "TEMPERATURE_FIELD": "temperature",
            "SCREEN_TOP_FIELD": "screen_top",
            "SCREEN_BOTTOM_FIELD": "screen_bottom",
            "STUDY_AREA": sample("bodemenergie_study_area"),
            "OUTPUT": table("interference_areas"),
            "OUTPUT_GRID": table("aquifer_use_grid"),
        },
        lambda r: "{} candidate interference area(s)".format(r["N_AREAS"]),
    ),
    (
        "Soil energy: warm and cold zones in the candidate areas",
        "bronnenstrategie:warmcoldzones",
        {
            "AREA": "{}|layername=interference_areas".format(GPKG),
            "FLOW_DIRECTION": 0.0,
            "WELLS": sample("wko_wells"),
            "TEMPERATURE_FIELD": "temperature",
            "OUTPUT": table("warm_cold_zones"),
            "OUTPUT_CHECK": table("wells_zone_check"),
        },
        lambda r: "{} zones of {} m; {} wells in the wrong zone".format(
            r["N_ZONES"], _fmt(r["ZONE_WIDTH_USED"]), r["N_WRONG_ZONE"]),
    ),
    (
        "Aquathermal energy: heat potential of the quay walls (TEO)",
        "bronnenstrategie:quaypotential",
        {
            "QUAYS": sample("aquathermie_quays"),
            "QUAY_ID_FIELD": "quay_id",
            "RENOVATION_YEAR_FIELD": "renovation_year",
            "WATER": sample("aquathermie_water"),
            "FLOW_FIELD": "flow_m3s",
            "DEMAND": sample("aquathermie_demand"),
            "DEMAND_FIELD": "demand_gj",
            "OUTPUT": table("quay_segments"),
            "OUTPUT_CATCHMENT": table("quay_catchments"),
        },
        lambda r: "{} quay segments: {} GJ/yr from the water, {} GJ/yr delivered, {} "
                  "home-equivalents; {} GJ/yr matched to nearby demand".format(
                      r["N_SEGMENTS"], _fmt(r["TOTAL_SOURCE_GJ"], 0),
                      _fmt(r["TOTAL_DELIVERED_GJ"], 0), _fmt(r["TOTAL_HOMES"], 0),
                      _fmt(r["TOTAL_MATCHED_GJ"], 0)),
    ),
    (
        "Aquathermal energy: heat from waste water (TEA), AWZI Houtrust and a pumping station",
        "bronnenstrategie:wastewaterheat",
        {
            "INPUT": sample("aquathermie_tea_sources"),
            "FLOW_FIELD": "flow_m3_day",
            "DELTA_T_FIELD": "delta_t",
            "SUPPLY_RADIUS": 2000,
            "OUTPUT": table("wastewater_heat"),
            "OUTPUT_SUPPLY": table("wastewater_supply_areas"),
        },
        lambda r: "{} GJ/yr from the waste water, {} GJ/yr delivered, {} home-equivalents"
                  .format(_fmt(r["TOTAL_SOURCE_GJ"], 0), _fmt(r["TOTAL_DELIVERED_GJ"], 0),
                          _fmt(r["TOTAL_HOMES"], 0)),
    ),
    (
        "Deep geothermal: sites, noise contours, reservoir footprints and conflicts",
        "bronnenstrategie:geothermalbuffers",
        {
            "INPUT": sample("geothermal_locations"),
            "NAME_FIELD": "name",
            "CATEGORY_FIELD": "category",
            "DOUBLETS_FIELD": "doublets",
            "AZIMUTH_FIELD": "azimuth",
            "SENSITIVE": sample("geothermal_sensitive"),
            "OUTPUT_SITES": table("geothermal_sites"),
            "OUTPUT_NOISE": table("geothermal_noise"),
            "OUTPUT_RESERVOIR": table("geothermal_reservoir"),
            "OUTPUT_CONFLICTS": table("geothermal_conflicts"),
        },
        lambda r: "{} locations: {} MW, {} TJ/yr ({} PJ/yr), {} home-equivalents; {} "
                  "reservoir conflicts".format(
                      r["N_LOCATIONS"], _fmt(r["TOTAL_POWER_MW"]), _fmt(r["TOTAL_HEAT_TJ"], 0),
                      _fmt(float(r["TOTAL_HEAT_TJ"]) / 1000.0, 2), _fmt(r["TOTAL_HOMES"], 0),
                      r["N_CONFLICTS"]),
    ),
    (
        "Residual heat: siting a heat transfer station (WOS) for WarmtelinQ in Zuidwest",
        "bronnenstrategie:wossiting",
        {
            "STUDY_AREA": sample("restwarmte_study_area"),
            "TRANSPORT_MAIN": sample("restwarmte_main"),
            "HEAT_NETWORK": sample("restwarmte_networks"),
            "DEMAND": sample("restwarmte_ht_demand"),
            "DEMAND_FIELD": "demand_gj",
            "BUILDINGS": sample("restwarmte_homes"),
            "EXCLUSIONS": [sample("restwarmte_water")],
            "OUTPUT_RASTER": str(OUT / "wos_suitability_zuidwest.tif"),
            "OUTPUT_SITES": table("wos_sites_zuidwest"),
        },
        lambda r: "{} ranked WOS sites, best score {}; suitability raster {}".format(
            r["SITES_FOUND"], _fmt(r["BEST_SCORE"], 3), Path(r["OUTPUT_RASTER"]).name),
    ),
    # --- spatial claims: register (issue 7), conflicts in 3D and STOP GIO (issue 8) --------
    (
        "Spatial claims: geothermal locations into the register",
        "bronnenstrategie:addclaims",
        {
            "INPUT": sample("claim_candidates") + "|subset=soort = 'geothermie_locatie'",
            "REGISTER": str(REGISTER),
            "CLAIM_TYPE": "geothermie_locatie",
            "NAME_FIELD": "naam",
            "DEPTH_TOP_FIELD": "diepte_top",
            "DEPTH_BOTTOM_FIELD": "diepte_bodem",
        },
        lambda r: "{} claims added, {} rejected".format(r["N_ADDED"], r["N_REJECTED"]),
    ),
    (
        "Spatial claims: WOS sites into the register",
        "bronnenstrategie:addclaims",
        {
            "INPUT": sample("claim_candidates") + "|subset=soort = 'restwarmte_wos'",
            "REGISTER": str(REGISTER),
            "CLAIM_TYPE": "restwarmte_wos",
            "NAME_FIELD": "naam",
        },
        lambda r: "{} claims added, {} rejected".format(r["N_ADDED"], r["N_REJECTED"]),
    ),
    (
        "Spatial claims: conflicts in plan and depth",
        "bronnenstrategie:claimconflicts",
        {
            "INPUT": "{}|layername=ruimteclaims".format(REGISTER),
            "FILTER": "\"status\" <> 'ingetrokken'",
            "OUTPUT": table("claim_conflicts"),
        },
        lambda r: "{} conflicts between {} claims".format(r["N_CONFLICTS"], r["N_CLAIMS"]),
    ),
    (
        "Spatial claims: export as STOP GIO (with IMOW sidecar)",
        "bronnenstrategie:exportgio",
        {
            "INPUT": "{}|layername=ruimteclaims".format(REGISTER),
            "GROUP_FIELD": "claim_type",
            "WORK_ID": "warmtebronnen",
            "OUTPUT": str(OUT / "warmtebronnen_gio.gml"),
        },
        lambda r: "{} locations written to {}, all STOP rules pass".format(
            r["N_LOCATIONS"], Path(r["OUTPUT"]).name),
    ),
    (
        "Heat balance by temperature class (cascade HT -> MT -> LT)",
        "bronnenstrategie:heatbalance",
        {
            "DEMAND": sample("heat_demand_wijken"),
            "HT_FIELD": "ht_tj", "MT_FIELD": "mt_tj", "LT_FIELD": "lt_tj", "DEMAND_UNIT": 1,
            "SOURCES": [sample("residual_heat"), sample("heat_supply_fixed")],
            "OUTPUT_UNIT": 3,
            "OUTPUT_TABLE": table("heatbalance_table"),
            "OUTPUT_AREAS": table("heatbalance_areas"),
            "OUTPUT_CHART": str(OUT / "warmtebalans.png"),
        },
        lambda r: "PJ/yr: HT {}, MT {}, LT {} (residual heat and fixed supply only; "
                  "runstrategy adds the computed sources)".format(
                      _fmt(r["HT_BALANCE"], 2), _fmt(r["MT_BALANCE"], 2),
                      _fmt(r["LT_BALANCE"], 2)),
    ),
    (
        "Whole strategy in one run (runstrategy, into out/strategie)",
        "bronnenstrategie:runstrategy",
        {"INPUT": str(SAMPLE), "OUTPUT_FOLDER": str(OUT / "strategie")},
        lambda r: "{} algorithms, {} claims, {} conflicts; PJ/yr HT {}, MT {}, LT {}; "
                  "report {}".format(r["N_STEPS"], r["N_CLAIMS"], r["N_CONFLICTS"],
                                     _fmt(r["HT_BALANCE_PJ"], 2), _fmt(r["MT_BALANCE_PJ"], 2),
                                     _fmt(r["LT_BALANCE_PJ"], 2), r["REPORT"]),
    ),
]


def main():
    if not SAMPLE.exists():
        raise SystemExit("The sample data is missing: run 'make setup' first.")
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    summary = []
    started = time.time()
    for i, (title, alg, params, describe) in enumerate(STEPS, 1):
        print("[{}/{}] {} ({}) ...".format(i, len(STEPS), title, alg), flush=True)
        t0 = time.time()
        try:
            result = qgisproc.run_json(alg, params)
        except RuntimeError as exc:
            print(exc, file=sys.stderr)
            raise SystemExit("demo: {} failed".format(alg)) from exc
        results = result.get("results", {})
        line = describe(results)
        summary.append((title, line))
        print("      {} ({:.1f} s)".format(line, time.time() - t0), flush=True)
    print()
    print("Bronnenstrategie demo on the sample data of Den Haag "
          "({:.0f} s)".format(time.time() - started))
    print("=" * 72)
    for title, line in summary:
        print("- {}:\n    {}".format(title, line))
    print("Output: {}".format(GPKG))
    extra = sorted(p.name for p in OUT.iterdir() if p != GPKG and not p.name.endswith("-wal")
                   and not p.name.endswith("-shm"))
    if extra:
        print("Also written in {}: {}".format(OUT, ", ".join(extra)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
