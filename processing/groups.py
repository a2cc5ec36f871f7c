"""The provider's toolbox groups: stable ids, translated names."""

from qgis.PyQt.QtCore import QCoreApplication

#: Group ids in toolbox order; each is a sub-package of processing/.
GROUP_IDS = (
    "bodemenergie",
    "geothermie",
    "aquathermie",
    "restwarmte",
    "ruimteclaims",
    "warmtebalans",
)


def group_name(group_id):
    """Translated display name of a group."""
    names = {
        "bodemenergie": QCoreApplication.translate("Groups", "Soil energy"),
        "geothermie": QCoreApplication.translate("Groups", "Deep geothermal"),
        "aquathermie": QCoreApplication.translate("Groups", "Aquathermal energy"),
        "restwarmte": QCoreApplication.translate("Groups", "Residual heat"),
        "ruimteclaims": QCoreApplication.translate("Groups", "Spatial claims"),
        "warmtebalans": QCoreApplication.translate("Groups", "Heat balance"),
    }
    return names[group_id]
