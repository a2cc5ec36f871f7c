# The environments of the test matrix: which Debian suite holds which QGIS series.
# Sourced by build_root.sh and run.sh.
MATRIX_ENVS=(3.40 3.44)

env_config() {
  case "$1" in
    3.40) SUITE=trixie; QGIS_SERIES=3.40 ;;   # Debian 13, QGIS long-term release
    3.44) SUITE=sid; QGIS_SERIES=3.44 ;;      # Debian unstable: the newest QGIS in Debian
    *) echo "unknown environment '$1' (known: host ${MATRIX_ENVS[*]})" >&2; return 2 ;;
  esac
}
