"""Pure domain calculations of the Bronnenstrategie plugin.

Nothing in this package imports ``qgis``: the modules work on plain numbers, numpy
arrays and shapely geometries and are unit-tested without a QgsApplication.
One module per domain.
"""
