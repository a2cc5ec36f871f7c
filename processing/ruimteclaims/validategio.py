"""bronnenstrategie:validategio - check a GIO file against the STOP imop-geo rules."""

import os

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputBoolean,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
)

from ...core import gio
from ..base import BronnenstrategieAlgorithm


class ValidateGio(BronnenstrategieAlgorithm):
    NAME = "validategio"
    GROUP_ID = "ruimteclaims"

    INPUT = "INPUT"
    FAIL_ON_FINDINGS = "FAIL_ON_FINDINGS"

    def displayName(self):  # noqa: N802
        return self.tr("Validate a STOP GIO file")

    def shortDescription(self):  # noqa: N802
        return self.tr("Checks a GIO (GML) against the STOP schematron rules of imop-geo.")

    def help_text(self):
        return self.tr(
            "<p>Checks a Geografisch Informatieobject (GIO, STOP GML) with the plugin's own "
            "implementation of the schematron rules of imop-geo, each reported with its STOP "
            "code: STOP3000/3006/3007 (groepID or norm value on all locations or none), "
            "3001 (used groups are declared), 3003/3004 (group ids and labels unique), 3005 "
            "(declared groups are used), 3008/3012 (one kind of value per location), "
            "3009/3010/3011/3015/3016 (norm and unit elements), 3013 (basisgeo:id unique), "
            "3019 (geometries have coordinates), 3020/3021 (srsName RD or ETRS89, the same "
            "everywhere), 3040 (no arcs), 3090 (no gml:name and the like). Structure checks "
            "start with BS-: well-formed XML, root and schemaversie, FRBR identifiers, "
            "gml:id (unique, not starting with a digit), basisgeo:id a UUID, closed "
            "rings.</p>"
            "<p>Refused without being read: a file with a DOCTYPE declaration (a GIO never "
            "has one; this keeps entity expansion and external entities out), a file that is "
            "not UTF-8, and a file larger than 512 MB.</p>"
            "<p>This is not the full XML-schema validation of the DSO; it catches what the "
            "schematron catches.</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_param(
            QgsProcessingParameterFile(self.INPUT, self.tr("GIO file"), extension="gml"),
            self.tr("The GIO to check (.gml)."),
        )
        self.add_param(
            QgsProcessingParameterBoolean(
                self.FAIL_ON_FINDINGS, self.tr("Fail when a rule is broken"), defaultValue=False
            ),
            self.tr(
                "When ticked the algorithm ends with an error if any rule is broken (useful "
                "in scripts and models); otherwise it reports the findings and VALID = false."
            ),
        )
        self.addOutput(QgsProcessingOutputBoolean("VALID", self.tr("Valid")))
        self.addOutput(QgsProcessingOutputNumber("N_FINDINGS", self.tr("Number of findings")))
        self.addOutput(QgsProcessingOutputString("CODES", self.tr("Rule codes broken")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        path = self.parameterAsFile(parameters, self.INPUT, context)
        fail = self.parameterAsBoolean(parameters, self.FAIL_ON_FINDINGS, context)
        try:
            size = os.path.getsize(path)
            if size > gio.MAX_GIO_BYTES:
                raise QgsProcessingException(
                    self.tr(
                        "{path} is {size:.0f} MB, above the limit of {limit:.0f} MB for a GIO; it "
                        "was not read."
                    ).format(path=path, size=size / 1048576.0, limit=gio.MAX_GIO_BYTES / 1048576.0)
                )
            with open(path, "rb") as fh:
                data = fh.read(gio.MAX_GIO_BYTES + 1)
        except OSError as exc:
            raise QgsProcessingException(
                self.tr("Could not read {path}: {error}").format(path=path, error=exc)
            ) from None
        try:
            gio.check_no_doctype(data)
        except gio.GioError:
            raise QgsProcessingException(
                self.tr(
                    "{path} has a DOCTYPE declaration (or is not UTF-8); a GIO never has one, so "
                    "the file was refused and not read."
                ).format(path=path)
            ) from None
        feedback.setProgress(20)
        findings = gio.validate(data)
        feedback.setProgress(90)
        for f in findings:
            feedback.reportError(f"{f.code}: {f.message}", False)
        codes = sorted({f.code for f in findings})
        if findings:
            message = self.tr("{n} finding(s); rules broken: {codes}.").format(
                n=len(findings), codes=", ".join(codes)
            )
            if fail:
                raise QgsProcessingException(message)
            feedback.pushWarning(message)
        else:
            feedback.pushInfo(self.tr("The GIO passes every checked STOP rule."))
        feedback.setProgress(100)
        return {"VALID": not findings, "N_FINDINGS": len(findings), "CODES": ",".join(codes)}
