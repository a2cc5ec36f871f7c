"""The QGIS glue shared by the algorithms and the dialogs: the one geometry bridge
(:mod:`.geometry`), reading layers into records (:mod:`.records`) and writing outputs
(:mod:`.writer`). The computations themselves are in ``core/`` (no QGIS there)."""
