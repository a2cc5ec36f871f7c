"""The spatial-claims register (ruimteclaims) as a package.

- :mod:`register.base`: the :class:`ClaimStore` interface with the logic every store
  shares, the errors (locked, read-only, conflict, ...) and the version comparison of the
  optimistic locking;
- :mod:`register.geopackage`: the register in a GeoPackage file (sqlite3, no QGIS);
- :mod:`register.postgis`: the register on PostgreSQL/PostGIS (psycopg2), its SQL in
  ``register/sql``;
- :mod:`register.qgis_layer`: the QGIS side of the layer (fields, editor widgets, style).

The plain schema (field names, value maps, rules) is :mod:`core.claim_schema`. The names
below are the public interface: ``from .. import register as reg`` and ``reg.open_store``.
"""

from .base import (  # noqa: F401 - the public interface of the package
    DEFAULT_TIMEOUT_S,
    ClaimNotFoundError,
    ClaimStore,
    RegisterConflictError,
    RegisterDiskFullError,
    RegisterError,
    RegisterLockedError,
    RegisterNotFoundError,
    RegisterOpenError,
    RegisterReadOnlyError,
    RegisterSafeguardError,
    RegisterValidationError,
    claim_filter,
    default_user,
    now_iso,
    same_timestamp,
)
from .geopackage import (  # noqa: F401
    EXTERNAL_USER,
    GeoPackageClaimStore,
    geometry_from_gpkg,
    geometry_to_gpkg,
    legacy_update_trigger_sql,
    register_sql,
    schema_sql,
    trigger_sql,
)
from .postgis import PostgisClaimStore, is_postgis_location


def open_store(location, **kwargs):
    """The ClaimStore for a location: a GeoPackage path, or a PostGIS register ('pg:<QGIS
    connection>', a libpq keyword string such as 'service=team schema=ruimteclaims', or a
    postgresql:// URL; see :mod:`register.postgis`)."""
    if is_postgis_location(location):
        return PostgisClaimStore(location, **kwargs)
    return GeoPackageClaimStore(location, **kwargs)
