"""The figures of the map tool "Draw interference area", shown while drawing.

A small dock widget (floating or docked next to the canvas) with one line per figure:
wells, systems, aquifer use, conflicts (listed by kind), area, and optional per-aquifer
rows. It shows whatever the map tool hands it with :meth:`FiguresPanel.set_figures`, so the
map tool decides which figures there are; the status bar keeps one short line.

``set_figures(figures)`` takes a dict with any of the keys

- ``n_wells``, ``n_systems``, ``usage_fraction`` (0..1), ``n_conflicts``, ``area_ha``,
  ``volume`` (m³), ``density_km2``;
- ``conflicts_by_kind``: {kind code or text: count}; codes of core.soilenergy (e.g.
  ``same_system``) get a readable, translated name;
- ``aquifers``: a list of dicts (or a dict name -> dict) with ``name`` and any of
  ``n_wells``, ``usage_fraction``, ``n_conflicts``; or the per-aquifer arrays of
  core.soilenergy.polygon_metrics (``aquifer_names``, ``wells_aq``, ``usage_aq``,
  ``conflicts_aq``), as the map tool hands them;

or None ("click at least three points"). ``set_message(text)`` shows a plain message.
"""

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QDockWidget, QLabel, QVBoxLayout, QWidget

from ..translation import tr

#: Object name of the panel (QGIS keeps dock positions by it).
OBJECT_NAME = "bronnenstrategieInterferenceFigures"


def conflict_kind_names():
    """Readable names of the conflict kinds of core.soilenergy (translated)."""
    return {
        "same_system": tr("Same system, warm and cold well too close"),
        "opposite_temperature": tr("Other system, warm and cold well too close"),
        "same_temperature": tr("Other system, same temperature too close"),
        "closed_open": tr("Closed loop too close to an open well"),
        "closed_closed": tr("Closed loops too close together"),
        "system_overlap": tr("Systems overlap"),
    }


def _number(value, decimals=0):
    """A number in the locale of QGIS (decimal comma in Dutch)."""
    from qgis.PyQt.QtCore import QLocale

    if value is None:
        return "-"
    try:
        return QLocale().toString(float(value), "f", decimals)
    except (TypeError, ValueError):
        return str(value)


def _percent(value):
    if value is None:
        return "-"
    return f"{_number(100.0 * float(value), 1)} %"


def figure_rows(figures):
    """(label, value) rows of the main figures, in the panel's order."""
    if not figures:
        return []
    rows = []
    for key, label, fmt in (
        ("n_wells", tr("Wells"), lambda v: _number(v)),
        ("n_systems", tr("Systems"), lambda v: _number(v)),
        (
            "usage_fraction",
            tr("Aquifer use (busiest aquifer)") if _aquifers_of(figures) else tr("Aquifer use"),
            _percent,
        ),
        ("volume", tr("Volume per season (m³)"), lambda v: _number(v)),
        ("density_km2", tr("Wells per km²"), lambda v: _number(v, 1)),
        ("n_conflicts", tr("Conflicts"), lambda v: _number(v)),
        ("area_ha", tr("Area (ha)"), lambda v: _number(v, 1)),
    ):
        if key in figures:
            rows.append((label, fmt(figures[key]) if figures[key] is not None else "-"))
    return rows


def conflict_rows(figures):
    """(kind, count) rows of the conflicts by kind, largest count first."""
    kinds = (figures or {}).get("conflicts_by_kind") or {}
    names = conflict_kind_names()
    rows = [(names.get(str(k), str(k)), int(n)) for k, n in kinds.items() if n]
    return sorted(rows, key=lambda r: (-r[1], r[0]))


def _aquifers_of(figures):
    """The per-aquifer figures as a list of dicts: the key ``aquifers``, else the arrays of
    core.soilenergy.polygon_metrics (``aquifer_names`` with ``wells_aq``, ``usage_aq``,
    ``conflicts_aq``)."""
    figures = figures or {}
    if figures.get("aquifers"):
        return figures["aquifers"]
    names = figures.get("aquifer_names") or []
    rows = []
    for k, name in enumerate(names):
        row = {"name": name}
        for key, source in (
            ("n_wells", "wells_aq"),
            ("usage_fraction", "usage_aq"),
            ("n_conflicts", "conflicts_aq"),
        ):
            values = figures.get(source)
            if values is not None:
                flat = list(values.ravel()) if hasattr(values, "ravel") else list(values)
                if k < len(flat):
                    row[key] = flat[k]
        rows.append(row)
    return rows


def aquifer_rows(figures):
    """Per aquifer: (name, wells, aquifer use, conflicts) as texts."""
    aquifers = _aquifers_of(figures)
    if isinstance(aquifers, dict):
        aquifers = [
            dict(values, name=values.get("name", name)) for name, values in aquifers.items()
        ]
    rows = []
    for values in aquifers:
        rows.append(
            (
                str(values.get("name", "")),
                _number(values.get("n_wells")) if "n_wells" in values else "-",
                _percent(values.get("usage_fraction")),
                _number(values.get("n_conflicts")) if "n_conflicts" in values else "-",
            )
        )
    return rows


def _escape(text):
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def figures_html(figures):
    """The panel's content as HTML (a table per part)."""
    if figures is None:
        return "<p>{}</p>".format(_escape(tr("Click at least three points.")))
    cell = "<tr><td>{}</td><td align='right'><b>{}</b></td></tr>"
    parts = ["<table cellspacing='0' cellpadding='2'>"]
    parts += [cell.format(_escape(label), _escape(value)) for label, value in figure_rows(figures)]
    parts.append("</table>")
    conflicts = conflict_rows(figures)
    if conflicts:
        parts.append(
            "<p style='margin-top:6px'><b>{}</b></p>".format(_escape(tr("Conflicts by kind")))
        )
        parts.append("<table cellspacing='0' cellpadding='2'>")
        parts += [cell.format(_escape(kind), n) for kind, n in conflicts]
        parts.append("</table>")
    aquifers = aquifer_rows(figures)
    if aquifers:
        parts.append("<p style='margin-top:6px'><b>{}</b></p>".format(_escape(tr("Per aquifer"))))
        parts.append(
            "<table cellspacing='0' cellpadding='3'><tr><th align='left'>{}</th>"
            "<th align='right'>&nbsp;&nbsp;{}</th><th align='right'>&nbsp;&nbsp;{}</th>"
            "<th align='right'>&nbsp;&nbsp;{}</th></tr>".format(
                _escape(tr("Aquifer")),
                _escape(tr("Wells")),
                _escape(tr("Use")),
                _escape(tr("Conflicts")),
            )
        )
        for name, wells, use, conflicts_n in aquifers:
            parts.append(
                f"<tr><td>{_escape(name)}</td><td align='right'>{wells}</td><td "
                f"align='right'>{use}</td>"
                f"<td align='right'>{conflicts_n}</td></tr>"
            )
        parts.append("</table>")
    return "".join(parts)


def short_line(figures):
    """The short status-bar line: wells, aquifer use and conflicts only."""
    if figures is None:
        return tr("Click at least three points.")
    return tr("{n} wells, use {u}, {c} conflicts (see the panel)").format(
        n=figures.get("n_wells", "-"),
        u=_percent(figures.get("usage_fraction")),
        c="-" if figures.get("n_conflicts") is None else figures["n_conflicts"],
    )


class FiguresPanel(QDockWidget):
    """Dock widget with the live figures of the drawn polygon."""

    def __init__(self, parent=None):
        super().__init__(tr("Interference area: figures"), parent)
        self.setObjectName(OBJECT_NAME)
        self.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 6, 8, 6)
        self.source = QLabel(body)
        self.source.setObjectName("figuresSource")
        self.source.setWordWrap(True)
        self.source.setStyleSheet("color: #555555;")
        self.label = QLabel(body)
        self.label.setObjectName("figuresLabel")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.source)
        layout.addWidget(self.label)
        layout.addStretch(1)
        self.setWidget(body)
        self.figures = None
        self.set_message(tr("Click on the map to draw an area."))

    def set_source(self, text):
        """A grey line above the figures, e.g. the well layer they are counted from."""
        self.source.setText(text or "")
        self.source.setVisible(bool(text))

    def set_figures(self, figures):
        """Show ``figures`` (see the module doc); None: not yet a polygon."""
        self.figures = dict(figures) if figures else None
        self.label.setText(figures_html(self.figures))

    def set_message(self, text):
        self.figures = None
        self.label.setText(f"<p>{_escape(text)}</p>")

    def text(self):
        """The panel's content as plain text (one row per line), e.g. for tests."""
        if self.figures is None:
            return self.label.text()
        lines = [f"{label}: {value}" for label, value in figure_rows(self.figures)]
        lines += [f"{kind}: {n}" for kind, n in conflict_rows(self.figures)]
        lines += [" | ".join(row) for row in aquifer_rows(self.figures)]
        return "\n".join(lines)
