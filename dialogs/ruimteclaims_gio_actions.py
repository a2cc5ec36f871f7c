"""The register dock's "Check conflicts" and "Export GIO…" buttons.

:func:`install` adds them to a :class:`RuimteclaimsDock` through its ``add_button``
extension point. "Check conflicts" runs ``bronnenstrategie:claimconflicts`` on the register
(withdrawn claims left out) and loads the styled result layer; "Export GIO…" opens the
``bronnenstrategie:exportgio`` dialog prefilled with the register and a filter on the
selected claims, or on the claims the dock shows when none are selected.
"""

from qgis.core import Qgis
from qgis.PyQt.QtCore import QCoreApplication

from ..core import claim_schema as schema

TR_CONTEXT = "RuimteclaimsGioActions"

#: Leave withdrawn claims out of the conflict check.
ACTIVE_FILTER = f'"{schema.F_STATUS}" IS NULL OR "{schema.F_STATUS}" <> \'ingetrokken\''


def install(dock):
    """Add the two buttons to the dock (idempotent)."""
    if "claimconflicts" in dock.buttons:
        return
    dock.add_button(
        "claimconflicts",
        QCoreApplication.translate("RuimteclaimsGioActions", "Check conflicts"),
        check_conflicts,
        needs_selection=False,
        tooltip=QCoreApplication.translate(
            "RuimteclaimsGioActions",
            "Find claims that overlap on the map and in depth (withdrawn claims left out) "
            "and show the overlaps as a layer.",
        ),
    )
    dock.add_button(
        "exportgio",
        QCoreApplication.translate("RuimteclaimsGioActions", "Export GIO…"),
        export_gio,
        needs_selection=False,
        tooltip=QCoreApplication.translate(
            "RuimteclaimsGioActions",
            "Write the selected claims (or the claims shown) as a STOP GIO for the omgevingsplan.",
        ),
    )


def claims_filter(claim_ids):
    """An expression selecting the given claim_ids ('' for none given).

    >>> claims_filter(["a", "b'c"])
    '"claim_id" IN (\\'a\\', \\'b\\'\\'c\\')'
    """
    ids = [str(i) for i in claim_ids if i is not None]
    if not ids:
        return ""
    from qgis.core import QgsExpression

    # QGIS's own quoting (quotes, backslashes, new lines), never hand-made
    quoted = ", ".join(QgsExpression.quotedValue(i) for i in ids)
    return f"{QgsExpression.quotedColumnRef(schema.F_CLAIM_ID)} IN ({quoted})"


def export_filter(dock):
    """Filter of the claims to export: the selection, else the rows the dock shows when
    its filters hide some claims, else '' (all claims)."""
    selected = dock.selected_claim_ids()
    if selected:
        return claims_filter(selected)
    shown = dock.claim_ids()
    store = dock.current_store()
    try:
        total = len(store.list_claims(None, None, "")) if store is not None else len(shown)
    except Exception:  # noqa: BLE001 - fall back to the rows shown
        total = -1
    if len(shown) == total:
        return ""
    return claims_filter(shown) or "FALSE"


def _layer_or_report(dock):
    layer = dock.register_layer()
    if layer is None or not layer.isValid():
        dock.report(
            QCoreApplication.translate(
                "RuimteclaimsGioActions", "Choose or create a claims register first."
            ),
            Qgis.MessageLevel.Warning,
        )
        return None
    return layer


def check_conflicts(dock):
    """Run claimconflicts on the register and load the result."""
    layer = _layer_or_report(dock)
    if layer is None:
        return None
    from qgis import processing

    params = {"INPUT": layer, "FILTER": ACTIVE_FILTER, "OUTPUT": "TEMPORARY_OUTPUT"}
    try:
        results = processing.runAndLoadResults("bronnenstrategie:claimconflicts", params)
    except Exception as exc:  # noqa: BLE001 - shown to the user, not a traceback
        dock.report(str(exc))
        return None
    n = int(results.get("N_CONFLICTS", 0) or 0)
    dock.report(
        QCoreApplication.translate(
            "RuimteclaimsGioActions",
            "{n} conflict(s) between the claims; see the layer 'Claim conflicts'.",
        ).format(n=n),
        Qgis.MessageLevel.Warning if n else Qgis.MessageLevel.Success,
    )
    return results


def export_gio(dock):
    """Open the exportgio dialog for the selected or shown claims."""
    layer = _layer_or_report(dock)
    if layer is None:
        return None
    from qgis import processing

    params = {"INPUT": layer, "FILTER": export_filter(dock)}
    return processing.execAlgorithmDialog("bronnenstrategie:exportgio", params)
