"""Plugin Reloader style: unload() then initGui() twice leaves exactly one of each menu,
toolbar, Plugins-menu entry, provider and translator; the actions are also in QGIS's Plugins
menu and the toolbar can be hidden (View > Toolbars lists a main window's toolbars)."""

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QMenu, QToolBar


class PluginsMenu:
    """QGIS's iface.addPluginToMenu/removePluginMenu: a submenu per plugin in 'Plugins',
    removed when its last action goes (pytest-qgis's iface leaves both out)."""

    def __init__(self, main_window):
        self.menu = QMenu("Plugins", main_window)
        self.menu.setObjectName("mPluginMenu")
        main_window.menuBar().addMenu(self.menu)

    def submenus(self, title):
        return [
            a.menu()
            for a in self.menu.actions()
            if a.menu() is not None and a.menu().title() == title
        ]

    def add(self, title, action):
        found = self.submenus(title)
        submenu = found[0] if found else self.menu.addMenu(title)
        submenu.addAction(action)

    def remove(self, title, action):
        for submenu in self.submenus(title):
            submenu.removeAction(action)
            if not submenu.actions():
                self.menu.removeAction(submenu.menuAction())
                submenu.deleteLater()


def _count(main_window):
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    menus = [m for m in main_window.findChildren(QMenu, "bronnenstrategieMenu")]
    toolbars = [t for t in main_window.findChildren(QToolBar, "bronnenstrategieToolbar")]
    in_menu_bar = [
        a
        for a in main_window.menuBar().actions()
        if a.menu() is not None and a.menu().objectName() == "bronnenstrategieMenu"
    ]
    providers = [
        p for p in QgsApplication.processingRegistry().providers() if p.id() == "bronnenstrategie"
    ]
    return len(menus), len(toolbars), len(in_menu_bar), len(providers)


def test_unload_and_init_gui_twice_leave_no_duplicates(
    qgis_app, qgis_processing, qgis_iface, monkeypatch
):
    import bronnenstrategie
    from bronnenstrategie import i18n_loader

    main = qgis_iface.mainWindow()
    plugins = PluginsMenu(main)
    monkeypatch.setattr(qgis_iface, "addPluginToMenu", plugins.add, raising=False)
    monkeypatch.setattr(qgis_iface, "removePluginMenu", plugins.remove, raising=False)
    # translations as under a Dutch QGIS, so that the translator is installed too
    monkeypatch.setattr(i18n_loader, "current_locale", lambda: "nl")
    i18n_loader.remove_translators()
    menus0, toolbars0, bar0, providers0 = _count(main)  # other tests' plugins, if any

    plugin = bronnenstrategie.classFactory(qgis_iface)
    plugin.initGui()
    title = plugin.plugins_menu_title()
    n_actions = len(plugin.actions)
    assert n_actions >= 5
    for _ in range(2):
        ours = plugin.provider
        plugin.unload()
        # the menus and toolbars are gone, and so is this plugin's provider (a provider of
        # the same id that another test registered before may stay: it is not ours)
        assert _count(main)[:3] == (menus0, toolbars0, bar0)
        assert ours is None or ours not in QgsApplication.processingRegistry().providers()
        assert _count(main)[3] <= providers0
        assert plugin.plugins_menu_title() not in [
            m.title() for m in plugins.submenus(plugin.plugins_menu_title())
        ]
        assert i18n_loader._translators == []
        plugin.initGui()
        plugin.initGui()  # a second initGui without unload adds nothing either
        assert _count(main)[:3] == (menus0 + 1, toolbars0 + 1, bar0 + 1)
        # one provider of the id: ours, or (when the test session registered one before)
        # that one, next to which QGIS refuses a duplicate
        assert _count(main)[3] == max(providers0, 1)
        if providers0 == 0:
            assert (
                len(
                    [
                        p
                        for p in QgsApplication.processingRegistry().providers()
                        if p is plugin.provider
                    ]
                )
                == 1
            )
        assert len(i18n_loader._translators) == 1  # Dutch: one translator, not one per call
        # every action also in the Plugins menu, in one submenu
        submenus = plugins.submenus(title)
        assert len(submenus) == 1
        assert [a.objectName() for a in submenus[0].actions()] == [
            a.objectName() for a in plugin.actions
        ]
        assert len(plugin.actions) == n_actions
    # the toolbar is a main-window toolbar with a name: View > Toolbars can hide it
    toolbar = plugin.toolbar
    assert toolbar.objectName() == "bronnenstrategieToolbar" and toolbar.windowTitle()
    assert toolbar.parent() is main
    toggle = toolbar.toggleViewAction()  # the entry QGIS lists under View > Toolbars
    assert toggle.isCheckable() and toggle.text() == toolbar.windowTitle()
    toggle.triggered.emit(False)  # unticked
    assert toolbar.isHidden()
    toggle.triggered.emit(True)
    assert not toolbar.isHidden()
    plugin.unload()
    assert plugins.submenus(title) == []
    i18n_loader.remove_translators()
