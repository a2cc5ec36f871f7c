"""Progress and cancel of a Processing run, shared by the glue and the algorithms."""

from ..translation import tr


def raise_if_canceled(feedback):
    """Stop with a clear message when the user cancelled: no output is presented as complete."""
    from qgis.core import QgsProcessingException

    if feedback is not None and feedback.isCanceled():
        raise QgsProcessingException(
            tr("Cancelled by the user: the outputs are incomplete and were discarded.")
        )
