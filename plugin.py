"""The plugin class: registers the provider and, with a GUI, the menu and toolbar."""

import functools
from pathlib import Path

from qgis.core import QgsApplication
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QMenu

from .compat import QAction
from .translation import Translatable

ICON_DIR = Path(__file__).resolve().parent / "resources" / "icons"


class BronnenstrategiePlugin(Translatable):
    """Thin plugin class. Works with iface None (qgis_process)."""

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.menu = None
        self.toolbar = None
        self.actions = []
        self.register_dock = None  # the dock "Spatial claims register" (one per session)
        self.claims_dialog = None  # the last dialog "Record a spatial claim" opened
        self.interference_tool = None  # the map tool "Draw interference area"
        self._opened = []  # every dock, dialog and map tool opened: closed on unload

    # -- processing ---------------------------------------------------------------
    def initProcessing(self):  # noqa: N802 - QGIS API name
        """Register the provider once (idempotent)."""
        if self.provider is None:
            from .processing.provider import BronnenstrategieProvider

            self.provider = BronnenstrategieProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    # -- GUI ------------------------------------------------------------------------
    def gui_actions(self):
        """(key, text, icon file, callback) of every menu/toolbar action.

        A new action: add a method below ("what the user can open") and one entry here;
        the key names the QAction (``bronnenstrategie_<key>``). The methods import their
        dialog module when called, so the plugin loads without the GUI modules'
        dependencies.
        """
        return [
            (
                "thermalradius",
                self.tr("Thermal radius of soil-energy wells…"),
                "bodemenergie.svg",
                functools.partial(self.open_algorithm, "bronnenstrategie:thermalradius"),
            ),
            (
                "importwells",
                self.tr("Import a soil-energy register…"),
                "bodemenergie.svg",
                functools.partial(self.open_algorithm, "bronnenstrategie:importwells"),
            ),
            (
                "bodemenergie_interference_tool",
                self.tr("Draw interference area"),
                "bodemenergie.svg",
                self.start_interference_tool,
            ),
            (
                "ruimteclaim_vastleggen",
                self.tr("Record a spatial claim…"),
                "ruimteclaims.svg",
                self.open_claims_dialog,
            ),
            (
                "ruimteclaims_dock",
                self.tr("Spatial claims register"),
                "ruimteclaims.svg",
                self.open_register_dock,
            ),
        ]

    def plugins_menu_title(self):
        """The plugin's submenu in QGIS's Plugins menu."""
        return self.tr("&Bronnenstrategie")

    def initGui(self):  # noqa: N802
        """The provider, the translator and, with a GUI, the plugin's own menu, its
        submenu in the Plugins menu and its toolbar (listed in View > Toolbars, so it can be
        hidden). Safe to call again (Plugin Reloader): nothing is added twice."""
        from .i18n_loader import install_translator

        install_translator()
        self.initProcessing()
        if self.iface is None:
            return
        if self.menu is not None or self.toolbar is not None:
            self.unload_gui()
        main_window = self.iface.mainWindow()
        self.menu = QMenu(self.tr("Bronnenstrategie"), main_window)
        self.menu.setObjectName("bronnenstrategieMenu")
        self.toolbar = self.iface.addToolBar(self.tr("Bronnenstrategie"))
        self.toolbar.setObjectName("bronnenstrategieToolbar")
        for key, text, icon, callback in self.gui_actions():
            action = QAction(QIcon(str(ICON_DIR / icon)), text, main_window)
            action.setObjectName("bronnenstrategie_" + key)
            # triggered(bool) passes "checked": the callbacks take no argument
            action.triggered.connect(lambda _checked=False, call=callback: call())
            self.menu.addAction(action)
            self.toolbar.addAction(action)
            self.iface.addPluginToMenu(self.plugins_menu_title(), action)
            self.actions.append(action)
        toolbox = QAction(
            QIcon(str(ICON_DIR / "bronnenstrategie.svg")),
            self.tr("Show the Bronnenstrategie algorithms in the Processing toolbox"),
            main_window,
        )
        toolbox.setObjectName("bronnenstrategie_toolbox")
        toolbox.triggered.connect(self.show_toolbox)
        self.menu.addSeparator()
        self.menu.addAction(toolbox)
        self.iface.addPluginToMenu(self.plugins_menu_title(), toolbox)
        self.actions.append(toolbox)
        menu_bar = main_window.menuBar() if hasattr(main_window, "menuBar") else None
        if menu_bar is not None:
            menu_bar.insertMenu(self._help_menu_action(menu_bar), self.menu)

    @staticmethod
    def _help_menu_action(menu_bar):
        actions = menu_bar.actions()
        for action in actions:
            if action.menu() is not None and action.menu().objectName() == "mHelpMenu":
                return action
        return actions[-1] if actions else None

    def unload_gui(self):
        """Remove the actions, the menus and the toolbar (nothing of them stays behind)."""
        for action in self.actions:
            if self.toolbar is not None:
                self.toolbar.removeAction(action)
            if self.menu is not None:
                self.menu.removeAction(action)
            if self.iface is not None:
                self.iface.removePluginMenu(self.plugins_menu_title(), action)
            action.deleteLater()
        self.actions = []
        main_window = self.iface.mainWindow() if self.iface is not None else None
        if self.menu is not None:
            menu_bar = main_window.menuBar() if hasattr(main_window, "menuBar") else None
            if menu_bar is not None:
                menu_bar.removeAction(self.menu.menuAction())
            self.menu.deleteLater()
            self.menu = None
        if self.toolbar is not None:
            if hasattr(main_window, "removeToolBar"):
                main_window.removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
            self.toolbar = None

    def unload(self):
        self.unload_gui()
        self.close_opened()
        if self.provider is not None:
            registry = QgsApplication.processingRegistry()
            try:
                if registry.providerById(self.provider.id()) is self.provider:
                    registry.removeProvider(self.provider)
            except RuntimeError:  # already deleted by QGIS
                pass
            self.provider = None
        from .i18n_loader import remove_translators

        remove_translators()

    def close_opened(self):
        """Close everything the plugin opened: docks removed from the main window and
        deleted (with the dialogs they opened), map tools unset from the canvas and their
        rubber bands removed, dialogs closed and deleted."""
        from qgis.gui import QgsMapTool
        from qgis.PyQt.QtWidgets import QDockWidget, QWidget

        canvas = self.iface.mapCanvas() if self.iface is not None else None
        for widget in list(self._opened):
            try:
                if isinstance(widget, QgsMapTool):
                    close = getattr(widget, "close", None)  # our tools: unset + rubber band
                    if close is not None:
                        close()
                    if canvas is not None and canvas.mapTool() is widget:
                        canvas.unsetMapTool(widget)
                    widget.deleteLater()
                    continue
                if isinstance(widget, QDockWidget):
                    for child in getattr(widget, "dialogs", []):
                        try:
                            child.close()
                            child.deleteLater()
                        except RuntimeError:  # already deleted
                            pass
                    if self.iface is not None:
                        self.iface.removeDockWidget(widget)
                close = getattr(widget, "close", None) or getattr(widget, "unload", None)
                if close is not None:
                    close()
                if isinstance(widget, QWidget):
                    widget.deleteLater()
            except RuntimeError:  # the C++ object is gone already
                pass
        self._opened = []
        self.register_dock = self.claims_dialog = self.interference_tool = None

    # -- what the user can open (the callbacks of the actions) ---------------------------
    def open_algorithm(self, algorithm_id):
        """Open the Processing dialog of an algorithm, e.g. "bronnenstrategie:importwells"."""
        from qgis import processing

        return processing.execAlgorithmDialog(algorithm_id, {})

    def open_register_dock(self):
        """Show the dock "Spatial claims register" (made once per session); returns it."""
        from .dialogs import ruimteclaims_dock

        self.register_dock = self._keep(ruimteclaims_dock.open_dock(self))
        return self.register_dock

    def open_claims_dialog(self):
        """Open the dialog "Record a spatial claim" (modeless; an open register dock is
        refreshed when it saves); returns it."""
        from .dialogs import ruimteclaims_dock

        self.claims_dialog = self._keep(ruimteclaims_dock.open_dialog(self))
        return self.claims_dialog

    def start_interference_tool(self):
        """Activate the map tool "Draw interference area" (asks its options the first
        time); returns the tool, or None when the options were cancelled."""
        from .dialogs import bodemenergie_maptool

        tool = bodemenergie_maptool.open_tool(self)
        if tool is not None:
            self.interference_tool = self._keep(tool)
        return tool

    def _keep(self, opened):
        """Remember a dock, dialog or map tool so that unload closes it."""
        if opened is not None and not any(opened is o for o in self._opened):
            self._opened.append(opened)
        return opened

    def show_toolbox(self):
        """Show the Processing toolbox filtered on this provider."""
        if self.iface is None:
            return
        from qgis.PyQt.QtWidgets import QDockWidget, QLineEdit

        dock = self.iface.mainWindow().findChild(QDockWidget, "ProcessingToolbox")
        if dock is None:
            return
        dock.setVisible(True)
        dock.raise_()
        search = dock.findChild(QLineEdit)
        if search is not None:
            search.setText("bronnenstrategie")
