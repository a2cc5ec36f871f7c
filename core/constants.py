"""Shared physical constants and defaults (sources: docs/method.md).

Every default here is also exposed as an algorithm parameter; these are only the
single place where the default value is written.
"""

#: Volumetric heat capacity of water, MJ/(m3 K) [S: SKB, Meer met Bodemenergie].
C_WATER = 4.18

#: Home-equivalent heat demand, GJ/yr [D: Bronnenstrategie, 15 sources -> 4 PJ with
#: 8,000 homes per doublet gives 33 GJ per home-equivalent]. Shared by all algorithms.
GJ_PER_HOME = 33.0

#: GJ in one TJ / PJ.
GJ_PER_TJ = 1.0e3
GJ_PER_PJ = 1.0e6

#: Seconds per hour.
SECONDS_PER_HOUR = 3600.0
