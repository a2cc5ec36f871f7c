"""Bronnenstrategie QGIS plugin: plan clean heat sources for a municipality."""


def classFactory(iface):  # noqa: N802 - QGIS API name
    """Called by QGIS (and qgis_process, with iface None) to load the plugin."""
    from .i18n_loader import install_translator
    from .plugin import BronnenstrategiePlugin

    install_translator()
    return BronnenstrategiePlugin(iface)
