"""The Processing provider ``bronnenstrategie``.

Its algorithms are listed explicitly in :data:`ALGORITHMS` (toolbox groups in the order of
processing.groups.GROUP_IDS). A new algorithm: its module in processing/<group>/, one
import and one entry below (a test checks that every algorithm class in processing/ is
listed, and an import error fails the tests instead of hiding the algorithm).
"""

from pathlib import Path

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .aquathermie.quaypotential import QuayPotential
from .aquathermie.wastewaterheat import WasteWaterHeat
from .bodemenergie.importwells import ImportWells
from .bodemenergie.interferenceareas import InterferenceAreas
from .bodemenergie.thermalradius import ThermalRadius
from .bodemenergie.warmcoldzones import WarmColdZones
from .bodemenergie.wellconflicts import WellConflicts
from .geothermie.geothermalbuffers import GeothermalBuffers
from .restwarmte.wossiting import WosSiting
from .ruimteclaims.addclaims import AddClaims
from .ruimteclaims.claimconflicts import ClaimConflicts
from .ruimteclaims.createregister import CreateRegister
from .ruimteclaims.exportgio import ExportGio
from .ruimteclaims.validategio import ValidateGio
from .warmtebalans.heatbalance import HeatBalance
from .warmtebalans.report import Report
from .warmtebalans.runstrategy import RunStrategy

ICON = Path(__file__).resolve().parent.parent / "resources" / "icons" / "bronnenstrategie.svg"

#: Every algorithm of the provider, by group.
ALGORITHMS = (
    # bodemenergie
    ImportWells,
    InterferenceAreas,
    ThermalRadius,
    WarmColdZones,
    WellConflicts,
    # geothermie
    GeothermalBuffers,
    # aquathermie
    QuayPotential,
    WasteWaterHeat,
    # restwarmte
    WosSiting,
    # ruimteclaims
    AddClaims,
    ClaimConflicts,
    CreateRegister,
    ExportGio,
    ValidateGio,
    # warmtebalans
    HeatBalance,
    Report,
    RunStrategy,
)


def algorithm_classes():
    """Every algorithm class of the provider (ALGORITHMS), in toolbox order."""
    return list(ALGORITHMS)


class BronnenstrategieProvider(QgsProcessingProvider):
    """Provider of every Bronnenstrategie algorithm."""

    def id(self):
        return "bronnenstrategie"

    def name(self):
        return "Bronnenstrategie"

    def longName(self):  # noqa: N802
        return self.name()

    def icon(self):
        return QIcon(str(ICON))

    def svgIconPath(self):  # noqa: N802
        return str(ICON)

    def loadAlgorithms(self):  # noqa: N802
        for cls in ALGORITHMS:
            self.addAlgorithm(cls())
