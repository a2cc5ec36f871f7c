"""Thermal and hydraulic radius, worked out by hand (docs/method.md)."""

import math

import numpy as np
import pytest

from bronnenstrategie.core import soilenergy


def test_thermal_radius_check_value():
    # R_th = sqrt(4.18 * 50000 / (2.8 * pi * 40)) = sqrt(209000 / 351.858) = sqrt(593.99)
    #      = 24.372 m
    assert soilenergy.thermal_radius(50000, 40) == pytest.approx(24.372, abs=0.001)


def test_hydraulic_radius_check_value():
    # R_h = sqrt(50000 / (pi * 40 * 0.3)) = sqrt(50000 / 37.699) = sqrt(1326.29) = 36.418 m
    assert soilenergy.hydraulic_radius(50000, 40) == pytest.approx(36.418, abs=0.001)


@pytest.mark.parametrize(
    "volume,screen,expected",
    [
        # the check table of docs/method.md:
        # sqrt(4.18*200000/(2.8*pi*50)) = sqrt(836000/439.82) = 43.60
        (200000, 50, 43.60),
        # sqrt(4.18*10000/(2.8*pi*20)) = sqrt(41800/175.93) = sqrt(237.60) = 15.41
        (10000, 20, 15.41),
    ],
)
def test_thermal_radius_table(volume, screen, expected):
    assert soilenergy.thermal_radius(volume, screen) == pytest.approx(expected, abs=0.01)


def test_vectorised_and_custom_heat_capacity():
    r = soilenergy.thermal_radius(
        np.array([50000.0, 200000.0]), np.array([40.0, 40.0]), c_water=4.18, c_aquifer=2.5
    )
    # four times the volume -> twice the radius
    assert r[1] == pytest.approx(2 * r[0])
    # c_aq 2.5: sqrt(4.18*50000/(2.5*pi*40)) = sqrt(209000/314.16) = 25.793
    assert r[0] == pytest.approx(25.793, abs=0.001)


def test_season_volume_from_yearly():
    # a doublet with 100,000 m3 per year stores 50,000 m3 per well per season
    assert soilenergy.season_volume_from_yearly(100000, 2) == 50000
    assert list(soilenergy.season_volume_from_yearly([400000, 90000], [4, 2])) == [100000, 45000]


def test_radius_grows_with_volume_and_shrinks_with_screen():
    assert soilenergy.thermal_radius(60000, 40) > soilenergy.thermal_radius(50000, 40)
    assert soilenergy.thermal_radius(50000, 50) < soilenergy.thermal_radius(50000, 40)
    assert math.isclose(soilenergy.thermal_radius(0, 40), 0.0)
