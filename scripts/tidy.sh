#!/usr/bin/env bash
# Applies ruff's automatic fixes and its formatter to the whole repository (rules and
# settings in pyproject.toml), then lists what is left for a person to fix.
#
#   scripts/tidy.sh          fix and format, then report the remaining findings
#   scripts/tidy.sh --check  change nothing: report what tidy would change (exit 1 if any)
#
# Uses the ruff of the test venv (.venv, made by scripts/setup.sh).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
RUFF=(.venv/bin/python -m ruff)
if ! "${RUFF[@]}" --version >/dev/null 2>&1; then
  echo "tidy: no ruff in .venv: run 'bash scripts/setup.sh' first" >&2
  exit 2
fi

if [[ "${1:-}" == "--check" ]]; then
  status=0
  "${RUFF[@]}" format --check . || status=1
  "${RUFF[@]}" check . || status=1
  exit $status
fi

# the safe fixes only (unsafe ones, such as removing code, are for a person to judge)
"${RUFF[@]}" check --fix --exit-zero --silent .
"${RUFF[@]}" format .
# formatting can make new fixes possible (and fixes can change the layout): once more
"${RUFF[@]}" check --fix --exit-zero --silent .
"${RUFF[@]}" format --quiet .
if "${RUFF[@]}" check --quiet . >/dev/null; then
  echo "tidy: nothing left for a person"
  exit 0
fi
echo "tidy: left for a person (ruff cannot fix these safely):"
"${RUFF[@]}" check --output-format concise . || true
"${RUFF[@]}" check --statistics . || true
exit 1
