"""What every claims register shares, whatever stores it.

:class:`ClaimStore` is the interface the dialog, the dock and the algorithms use, with the
logic both stores share (validation and normalisation of a claim before it is written,
the stamps of a new or changed claim). The errors a register raises are here too: each
carries an English message (translation context ``register``) a planner understands, and
:class:`RegisterConflictError` is the refusal of the optimistic locking of both stores
(the claim changed after the edit started). :func:`same_timestamp` compares the
``modified_at`` versions that locking works with.

Geometries are shapely geometries in EPSG:28992; attributes are dicts keyed by the field
names of :mod:`core.claim_schema`.
"""

import abc
import datetime
import getpass
import os
import uuid

from ..core import claim_schema as schema
from ..core import claims as core_claims
from ..translation import QT_TRANSLATE_NOOP

TR_CONTEXT = "register"

#: Seconds a write waits for a lock held by another program before it gives up.
DEFAULT_TIMEOUT_S = 5.0


# -- errors -------------------------------------------------------------------------

#: Fields the text filter of list_claims searches.
SEARCHED_FIELDS = (
    schema.F_NAME,
    schema.F_OMGEVINGSPLAN_REF,
    schema.F_INITIATOR,
    schema.F_MOTIVATION,
    schema.F_SOURCE_REF,
)


def claim_filter(claim_type=None, status=None, text=None, placeholder="?", quote=str):
    """(WHERE conditions, arguments) of the register's list filter, for any SQL dialect.

    ``placeholder`` is the driver's parameter mark (sqlite3 '?', psycopg2 '%s'); ``quote``
    quotes a column name.
    """
    where, args = [], []
    if claim_type:
        where.append(f"{quote(schema.F_CLAIM_TYPE)} = {placeholder}")
        args.append(claim_type)
    if status:
        where.append(f"{quote(schema.F_STATUS)} = {placeholder}")
        args.append(status)
    if text:
        like = f"%{text.strip().lower()}%"
        where.append(
            "("
            + " OR ".join(
                f"lower(coalesce({quote(f)}, '')) LIKE {placeholder}" for f in SEARCHED_FIELDS
            )
            + ")"
        )
        args.extend([like] * len(SEARCHED_FIELDS))
    return where, args


class RegisterError(Exception):
    """A write or read of the register failed; nothing was changed.

    ``message`` is an English template (translation context ``register``) formatted
    with ``params``; :meth:`text` gives the (translated) message.
    """

    message = QT_TRANSLATE_NOOP("register", "The register {path} could not be used: {error}.")

    def __init__(self, path, error="", **params):
        self.path = str(path)
        self.error = str(error)
        self.params = dict(params, path=self.path, error=self.error)
        super().__init__(self.text())

    def text(self, translate=None):
        template = translate(TR_CONTEXT, self.message) if translate else self.message
        return template.format(**self.params)


class RegisterLockedError(RegisterError):
    message = QT_TRANSLATE_NOOP(
        "register",
        "The register {path} is locked by another program or user (for example a layer in edit mode). Nothing was saved. Save or close the edits elsewhere and try again.",  # noqa: E501
    )


class RegisterReadOnlyError(RegisterError):
    message = QT_TRANSLATE_NOOP(
        "register",
        "The register {path} is read-only (file or folder without write permission). Nothing was saved. Choose a register you may write to.",  # noqa: E501
    )


class RegisterDiskFullError(RegisterError):
    message = QT_TRANSLATE_NOOP(
        "register",
        "The disk of the register {path} is full. Nothing was saved. Free space and try again.",
    )


class RegisterOpenError(RegisterError):
    message = QT_TRANSLATE_NOOP(
        "register",
        "The register {path} cannot be opened or is not a claims register ({error}). Nothing was saved. Check the path or create a new register.",  # noqa: E501
    )


class RegisterValidationError(RegisterError):
    message = QT_TRANSLATE_NOOP("register", "The claim is not valid and was not saved: {problems}")

    def __init__(self, path, problems, index=None):
        self.problems = list(problems)
        self.index = index
        super().__init__(path, "", problems="; ".join(p.text() for p in self.problems))

    def text(self, translate=None):
        template = translate(TR_CONTEXT, self.message) if translate else self.message
        details = "; ".join(p.text(translate) for p in getattr(self, "problems", []))
        return template.format(problems=details)


class RegisterNotFoundError(RegisterError):
    message = QT_TRANSLATE_NOOP(
        "register",
        "There is no claims register at {path}. Nothing was saved and no register was created. Check the path for a typing error, or create the register explicitly (the Create button, or the algorithm 'Create or upgrade the claims register').",  # noqa: E501
    )


class RegisterSafeguardError(RegisterError):
    message = QT_TRANSLATE_NOOP(
        "register",
        "The register {path} lacks its history safeguards (missing or changed triggers: {triggers}), so its history may be incomplete. Nothing was saved. Keep a copy of the file and have it checked; a new register is made with 'Create or upgrade the claims register'.",  # noqa: E501
    )


class ClaimNotFoundError(RegisterError):
    message = QT_TRANSLATE_NOOP("register", "The claim {claim_id} is not in the register {path}.")


def default_user():
    """The name of the logged-in user."""
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user database in some containers
        return os.environ.get("USER") or os.environ.get("USERNAME") or "onbekend"


def now_iso():
    """UTC time as ISO text with milliseconds (the GeoPackage DATETIME format)."""
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


# -- the interface ------------------------------------------------------------------


class RegisterConflictError(RegisterError):
    """The claim was changed by someone else after the edit started; nothing was saved."""

    message = QT_TRANSLATE_NOOP(
        "register",
        "The claim '{name}' was changed by {user} at {time}, after you opened it. Your "
        "changes were NOT saved and are still in the form. Reopen the claim to see the other "
        "change, then make your edit again.",
    )


class ClaimStore(abc.ABC):
    """What the plugin needs from a claims register, whatever stores it."""

    @abc.abstractmethod
    def location(self):
        """Human-readable location (path or connection) of the register."""

    @abc.abstractmethod
    def exists(self):
        """True when the register exists with the claims schema."""

    @abc.abstractmethod
    def create(self):
        """Create the register (schema, history, triggers); no-op when it exists."""

    def require(self):
        """Check that the register exists (never creates it): RegisterNotFoundError naming
        the location otherwise. A mistyped path must not become a new, empty register."""
        if not self.exists():
            where = getattr(self, "display_location", self.location)()
            raise RegisterNotFoundError(where)
        self.create()  # an existing register: checks its version, changes nothing

    @abc.abstractmethod
    def qgis_source(self):
        """(uri, provider key) of the claims layer for QgsVectorLayer."""

    @abc.abstractmethod
    def list_claims(self, claim_type=None, status=None, text=None):
        """Claims (attribute dicts with 'fid', without geometry) matching the filters;
        ``text`` searches name, omgevingsplan_ref, initiator and motivation."""

    @abc.abstractmethod
    def get(self, claim_id):
        """Attribute dict of a claim with its shapely geometry under 'geometry', or None."""

    @abc.abstractmethod
    def add(self, claims, user=None):
        """Add [(attrs, geometry)] in one transaction; return their claim_ids. Raises
        RegisterValidationError (nothing written) when one is invalid."""

    @abc.abstractmethod
    def update(self, claim_id, attrs, geometry=None, user=None, expected_modified_at=None):
        """Change the attributes (and the geometry when given) of a claim.
        ``expected_modified_at``: the claim's modified_at when the edit started; when the
        claim changed since, RegisterConflictError, nothing saved."""

    @abc.abstractmethod
    def delete(self, claim_id, user=None):
        """Delete a claim (recorded in the history)."""

    @abc.abstractmethod
    def history(self, claim_id=None):
        """History rows (dicts, old/new values parsed), newest first."""

    @abc.abstractmethod
    def deleted_claims(self):
        """Deleted claims that can be restored: dicts claim_id, name, time, user."""

    @abc.abstractmethod
    def restore(self, claim_id, user=None):
        """Restore a deleted claim from its history; returns its claim_id."""

    # -- shared logic of the stores ------------------------------------------------
    def _error_location(self):
        """The location named in an error message (never with a password)."""
        return self.location()

    @abc.abstractmethod
    def _geometry_value(self, geometry):
        """The stored form of a (multi)polygon: a GeoPackage blob or WKB."""

    def _prepare(self, attrs, geometry, index=None, keep=None):
        """Normalised attributes and the stored geometry, or RegisterValidationError.
        ``keep`` (the current claim of an update) keeps its id and creation."""
        values = core_claims.normalise(attrs)
        if keep:
            for name in (
                schema.F_CLAIM_ID,
                schema.F_CREATED_BY,
                schema.F_CREATED_AT,
            ):
                values[name] = keep.get(name)
        problems = core_claims.validate(values, geometry)
        if problems:
            raise RegisterValidationError(self._error_location(), problems, index=index)
        return values, self._geometry_value(core_claims.ensure_multipolygon(geometry))

    def _new_rows(self, claims, user):
        """[(values, stored geometry)] of new claims: validated, with claim id, creator
        and times filled in; RegisterValidationError (with the claim's index) first."""
        rows = []
        for index, (attrs, geometry) in enumerate(claims):
            values, blob = self._prepare(attrs, geometry, index=index)
            stamp = now_iso()
            values[schema.F_CLAIM_ID] = values.get(schema.F_CLAIM_ID) or str(uuid.uuid4())
            values[schema.F_CREATED_BY] = values.get(schema.F_CREATED_BY) or user
            values[schema.F_CREATED_AT] = values.get(schema.F_CREATED_AT) or stamp
            values[schema.F_MODIFIED_AT] = stamp
            rows.append((values, blob))
        return rows

    def _updated_row(self, current, attrs, geometry):
        """(values, stored geometry) of a claim after an update of ``attrs`` (and the
        geometry when given) on ``current``; modified_at set to now."""
        merged = {n: current.get(n) for n in schema.FIELD_NAMES}
        merged.update({k: v for k, v in attrs.items() if k in schema.FIELD_NAMES})
        geom = geometry if geometry is not None else current["geometry"]
        values, blob = self._prepare(merged, geom, keep=current)
        values[schema.F_MODIFIED_AT] = now_iso()
        return values, blob


# -- versions of a claim (optimistic locking) ----------------------------------------
def _iso_datetime(value):
    """ISO text (UTC, milliseconds, 'Z') of a datetime, as the GeoPackage store writes it."""
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(datetime.timezone.utc)
    return value.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def _timestamp_param(value):
    """A modified_at value (ISO text, datetime, QDateTime) as a parameter, or None."""
    if value is None or value == "":
        return None
    if hasattr(value, "isNull") and value.isNull():
        return None
    if hasattr(value, "toPyDateTime"):
        value = value.toPyDateTime()
    if isinstance(value, datetime.datetime):
        return value if value.tzinfo else value.replace(tzinfo=datetime.timezone.utc)
    text = str(value).strip()
    return text[:-1] + "+00:00" if text.endswith("Z") else text


def same_timestamp(a, b):
    """True when two modified_at values (ISO text, datetime) name the same millisecond."""

    def canonical(value):
        value = _timestamp_param(value)
        if value is None:
            return None
        if not isinstance(value, datetime.datetime):
            try:
                value = datetime.datetime.fromisoformat(str(value).replace(" ", "T"))
            except ValueError:
                return str(value)
            if value.tzinfo is None:
                value = value.replace(tzinfo=datetime.timezone.utc)
        return _iso_datetime(value)

    return canonical(a) == canonical(b)
