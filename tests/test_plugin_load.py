"""The plugin loads as qgis_process loads it (iface None) and in the desktop (qgis_iface)."""

from qgis.core import QgsApplication


def _registered():
    return QgsApplication.processingRegistry().providerById("bronnenstrategie") is not None


def test_class_factory_without_iface(qgis_app, qgis_processing):
    import bronnenstrategie

    plugin = bronnenstrategie.classFactory(None)
    plugin.initProcessing()
    plugin.initProcessing()  # idempotent
    assert _registered()
    plugin.initGui()  # no GUI without iface, but must not fail
    plugin.unload()


def test_menu_and_toolbar_with_iface(qgis_app, qgis_processing, qgis_iface):
    import bronnenstrategie

    had_provider = _registered()  # the session's provider may be registered already
    plugin = bronnenstrategie.classFactory(qgis_iface)
    plugin.initGui()
    assert _registered()
    assert plugin.provider is not None
    assert plugin.toolbar is not None and plugin.menu is not None
    names = {a.objectName() for a in plugin.actions}
    assert "bronnenstrategie_thermalradius" in names
    toolbar_actions = set(plugin.toolbar.actions())
    assert all(
        a in toolbar_actions for a in plugin.actions if a.objectName() != "bronnenstrategie_toolbox"
    )
    assert set(plugin.menu.actions()) >= set(plugin.actions)
    plugin.unload()
    assert plugin.actions == [] and plugin.toolbar is None and plugin.menu is None
    assert plugin.provider is None
    assert _registered() == had_provider
