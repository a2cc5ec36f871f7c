"""Unit tests of core.heatbalance; numbers worked out by hand in the comments."""

import numpy as np
import pytest

from bronnenstrategie.core import heatbalance as hb

# Seed document, section 3.1 (PJ): demand HT 4.3, MT 3.1, LT 4.6;
# supply HT 2.0 (WarmtelinQ), MT 4.0 (geothermal), LT 1.0.
DEMAND = [4.3, 3.1, 4.6]
SUPPLY = [2.0, 4.0, 1.0]


def test_check_case_without_cascade():
    res = hb.cascade_balance(DEMAND, SUPPLY, cascade=False)
    # HT 2.0 - 4.3 = -2.3; MT 4.0 - 3.1 = +0.9; LT 1.0 - 4.6 = -3.6
    np.testing.assert_allclose(res["balance"], [-2.3, 0.9, -3.6])
    np.testing.assert_allclose(res["received"], [0, 0, 0])
    np.testing.assert_allclose(res["passed_on"], [0, 0, 0])
    # used = min(supply, demand): 2.0, 3.1, 1.0
    np.testing.assert_allclose(res["supply_used"], [2.0, 3.1, 1.0])


def test_check_case_with_cascade():
    res = hb.cascade_balance(DEMAND, SUPPLY, cascade=True)
    # HT: 2.0 < 4.3, nothing passed on, balance -2.3 (MT heat can never go up)
    # MT: 4.0 - 3.1 = 0.9 passed on to LT, balance 4.0 - 0.9 - 3.1 = 0
    # LT: 1.0 + 0.9 - 4.6 = -2.7
    np.testing.assert_allclose(res["balance"], [-2.3, 0.0, -2.7], atol=1e-12)
    np.testing.assert_allclose(res["passed_on"], [0.0, 0.9, 0.0], atol=1e-12)
    np.testing.assert_allclose(res["received"], [0.0, 0.0, 0.9], atol=1e-12)
    # used: HT min(2.0, 4.3) = 2.0; MT min(4.0, 3.1) = 3.1; LT min(1.9, 4.6) = 1.9
    np.testing.assert_allclose(res["supply_used"], [2.0, 3.1, 1.9])


def test_cascade_never_upward():
    # Only LT supply, only HT demand: nothing moves up.
    res = hb.cascade_balance([5.0, 0.0, 0.0], [0.0, 0.0, 3.0], cascade=True)
    np.testing.assert_allclose(res["balance"], [-5.0, 0.0, 3.0])
    np.testing.assert_allclose(res["received"], [0.0, 0.0, 0.0])


def test_cascade_ht_surplus_goes_through_mt_to_lt():
    # HT supply 10, demand 1/2/3: HT passes 9 on; MT has 9, uses 2, passes 7; LT 7 - 3 = +4
    res = hb.cascade_balance([1.0, 2.0, 3.0], [10.0, 0.0, 0.0], cascade=True)
    np.testing.assert_allclose(res["passed_on"], [9.0, 7.0, 0.0])
    np.testing.assert_allclose(res["balance"], [0.0, 0.0, 4.0])
    np.testing.assert_allclose(res["supply_used"], [1.0, 2.0, 3.0])


def test_cascade_vectorised_over_areas():
    demand = np.array([DEMAND, [1.0, 2.0, 3.0]])
    supply = np.array([SUPPLY, [10.0, 0.0, 0.0]])
    res = hb.cascade_balance(demand, supply)
    # rows as in the two tests above
    np.testing.assert_allclose(res["balance"], [[-2.3, 0.0, -2.7], [0.0, 0.0, 4.0]], atol=1e-12)


def test_balance_rows_total():
    rows = hb.balance_rows(DEMAND, SUPPLY, cascade=True, unit=2)
    assert [r["class"] for r in rows] == ["HT", "MT", "LT", "total"]
    total = rows[-1]
    # demand 4.3 + 3.1 + 4.6 = 12.0; supply 2 + 4 + 1 = 7.0; balance 7 - 12 = -5.0
    assert total["demand"] == pytest.approx(12.0)
    assert total["supply"] == pytest.approx(7.0)
    assert total["balance"] == pytest.approx(-5.0)
    # deficit with cascade: -2.3 + -2.7 = -5.0; used 2.0 + 3.1 + 1.9 = 7.0
    assert total["deficit"] == pytest.approx(-5.0)
    assert total["supply_used"] == pytest.approx(7.0)
    assert {r["unit"] for r in rows} == {"PJ"}
    rows = hb.balance_rows(DEMAND, SUPPLY, cascade=False, unit="PJ")
    # without cascade the deficits are -2.3 + -3.6 = -5.9 (the 0.9 MT surplus lies idle)
    assert rows[-1]["deficit"] == pytest.approx(-5.9)
    assert rows[1]["balance"] == pytest.approx(0.9)


def test_negative_input_rejected():
    with pytest.raises(ValueError):
        hb.cascade_balance([1, 1, -1], [0, 0, 0])
    with pytest.raises(ValueError):
        hb.cascade_balance([1, 1], [0, 0])


def test_units():
    assert hb.convert(2.0, "PJ", "GJ") == pytest.approx(2.0e6)
    assert hb.convert(250.0, "TJ", "PJ") == pytest.approx(0.25)
    assert hb.convert(1500.0, 0, 1) == pytest.approx(1.5)  # 1500 GJ = 1.5 TJ
    assert hb.unit_name(2) == "PJ"
    assert hb.unit_name(" tj ") == "TJ"
    with pytest.raises(ValueError):
        hb.unit_name(3)
    with pytest.raises(ValueError):
        hb.unit_name("MWh")
    assert hb.unit_from_field_name("heat_tj") == "TJ"
    assert hb.unit_from_field_name("delivered_gj") == "GJ"
    assert hb.unit_from_field_name("HEAT_PJ") == "PJ"
    assert hb.unit_from_field_name("heat") is None
    assert hb.unit_from_field_name("gjx") is None


def test_balance_is_unit_independent():
    # The check case in GJ: 4.3e6 etc.; balance in GJ / 1e6 equals the balance in PJ.
    res_gj = hb.cascade_balance(hb.convert(DEMAND, "PJ", "GJ"), hb.convert(SUPPLY, "PJ", "GJ"))
    np.testing.assert_allclose(res_gj["balance"] / 1e6, [-2.3, 0.0, -2.7], atol=1e-9)


def test_normalise_class():
    assert hb.normalise_class(" ht ") == "HT"
    assert hb.normalise_class("Mt") == "MT"
    assert hb.normalise_class("laag") == "LT"
    assert hb.normalise_class("") is None
    assert hb.normalise_class(None) is None
    assert hb.normalise_class("warm") is None
    assert hb.class_index("lt") == 2


def test_split_sources_point_in_area():
    # Two areas; source 0 (HT 2.0) in area 1, source 1 (LT 1.0) in area 0.
    supply, assigned = hb.split_sources(2, [2.0, 1.0], [0, 2], [0, 1], [1, 0])
    np.testing.assert_allclose(supply, [[0, 0, 1.0], [2.0, 0, 0]])
    assert assigned.tolist() == [True, True]


def test_split_sources_in_proportion_to_demand():
    # One MT source of 4.0 reaching both areas; MT demand 1.0 and 3.0:
    # area 0 gets 4.0 * 1/4 = 1.0, area 1 gets 4.0 * 3/4 = 3.0.
    demand = [[0, 1.0, 0], [0, 3.0, 0]]
    supply, _ = hb.split_sources(2, [4.0], [1], [0, 0], [0, 1], area_demand=demand)
    np.testing.assert_allclose(supply, [[0, 1.0, 0], [0, 3.0, 0]])
    # No MT demand in either area: equal shares 2.0 and 2.0.
    supply, _ = hb.split_sources(2, [4.0], [1], [0, 0], [0, 1], area_demand=[[5, 0, 0], [5, 0, 0]])
    np.testing.assert_allclose(supply, [[0, 2.0, 0], [0, 2.0, 0]])


def test_split_sources_unlocated_and_unassigned():
    # Source 0: LT 3.0 without location, LT demand 1.0 / 2.0 -> 1.0 / 2.0.
    # Source 1: HT 5.0 located outside every area -> not assigned.
    demand = [[0, 0, 1.0], [0, 0, 2.0]]
    supply, assigned = hb.split_sources(
        2, [3.0, 5.0], [2, 0], [], [], area_demand=demand, unlocated=[True, False]
    )
    np.testing.assert_allclose(supply, [[0, 0, 1.0], [0, 0, 2.0]])
    assert assigned.tolist() == [True, False]
    # the supply is conserved: 1 + 2 = 3 = the unlocated source
    assert supply.sum() == pytest.approx(3.0)


def test_chart_png_and_svg(tmp_path):
    pytest.importorskip("matplotlib")
    res = hb.cascade_balance(DEMAND, SUPPLY)
    supply = {"WarmtelinQ": [2.0, 0, 0], "geothermie": [0, 4.0, 0], "aquathermie": [0, 0, 1.0]}
    png = hb.chart(
        tmp_path / "b.png",
        DEMAND,
        supply,
        unit="PJ",
        received=res["received"],
        balance=res["balance"],
        title="Warmtebalans",
    )
    with open(png, "rb") as fh:
        data = fh.read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 5000  # a drawn chart, not an empty image
    svg = hb.chart(tmp_path / "b.svg", DEMAND, supply, unit="PJ")
    with open(svg, encoding="utf-8") as fh:
        text = fh.read()
    assert "<svg" in text
    assert "geothermie" in text or "Supply" in text


def test_city_balance_check_case():
    # the Bronnenstrategie's figures (PJ) as two demand rows and three sources
    demand = [[4.0, 3.0, 4.0], [0.3, 0.1, 0.6]]  # 4.3 / 3.1 / 4.6
    city = hb.city_balance(demand, [2.0, 4.0, 1.0], [0, 1, 2], cascade=True, unit="PJ")
    assert city.demand.tolist() == pytest.approx([4.3, 3.1, 4.6])
    assert city.supply.tolist() == [2.0, 4.0, 1.0]
    # HT 2.0 - 4.3 = -2.3; MT surplus 0.9 flows to LT: 1.0 + 0.9 - 4.6 = -2.7
    assert [r["balance"] for r in city.rows[:3]] == pytest.approx([-2.3, 0.0, -2.7])
    assert city.result["received"].tolist() == pytest.approx([0.0, 0.0, 0.9])
    # nothing at all: zeros, not an error
    empty = hb.city_balance(np.zeros((0, 3)), [], [], unit="GJ")
    assert empty.demand.tolist() == [0.0, 0.0, 0.0] and empty.supply.tolist() == [0, 0, 0]


def test_supply_by_type_in_order_of_appearance():
    by_type = hb.supply_by_type([1.0, 2.0, 3.0], [2, 1, 2], ["aqua", "geo", "aqua"])
    assert list(by_type) == ["aqua", "geo"]
    assert by_type["aqua"].tolist() == [0.0, 0.0, 4.0]
    assert by_type["geo"].tolist() == [0.0, 2.0, 0.0]


def test_area_balance_and_numbers():
    # two areas: A demand HT 10, LT 5; B demand LT 20. One HT source of 12 in A, one
    # LT source of 6 reaching both (shared by LT demand 5 : 20 -> 1.2 and 4.8)
    res = hb.area_balance(
        [[10.0, 0.0, 5.0], [0.0, 0.0, 20.0]],
        [12.0, 6.0],
        [0, 2],
        [0, 1, 1],
        [0, 0, 1],
        cascade=True,
    )
    assert res.assigned.tolist() == [True, True]
    nums = hb.area_numbers(res.result)
    assert nums.shape == (2, 20)
    # A: HT 12 - 10 = 2 passed on; MT 0 demand passes 2 on to LT: 1.2 + 2 - 5 = -1.8
    a = nums[0]
    assert a[0:5].tolist() == pytest.approx([10.0, 12.0, 0.0, 10.0, 0.0])  # ht_
    assert a[10:15].tolist() == pytest.approx([5.0, 1.2, 2.0, 3.2, -1.8])  # lt_
    # totals: demand 15, supply 13.2, balance -1.8, deficit -1.8, 12 % of 15 not met
    assert a[15:].tolist() == pytest.approx([15.0, 13.2, -1.8, -1.8, 12.0])
    # B: LT 4.8 - 20 = -15.2, 76 % not met
    assert nums[1][15:].tolist() == pytest.approx([20.0, 4.8, -15.2, -15.2, 76.0])
    # an area without demand: 0 %, not a division by zero
    none = hb.area_numbers(hb.cascade_balance(np.zeros((1, 3)), np.ones((1, 3)), False))
    assert none[0][19] == 0.0
