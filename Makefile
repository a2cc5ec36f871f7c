# Bronnenstrategie QGIS plugin. Run as root on Debian 12/13: every target installs what
# it needs first (scripts/setup.sh).
PYTHON := .venv/bin/python
export QT_QPA_PLATFORM := offscreen
export PROJ_DATA := /usr/share/proj
ARGS ?=

.PHONY: setup demo test clean-roots pytest lint tidy i18n i18n-update sample package docs clean bench bench-smoke

setup:
	bash scripts/setup.sh

demo: setup
	/usr/bin/python3 scripts/demo.py

# the test matrix: this machine's QGIS, then QGIS 3.40 (Debian 13) and 3.44 (Debian sid) in
# Debian root filesystems built on first use (scripts/matrix/); QGIS=host|3.40|3.44 runs one
QGIS ?= all
test:
	PYTEST_ARGS="$(ARGS)" bash scripts/matrix/run.sh $(QGIS)

pytest:
	$(PYTHON) -m pytest $(ARGS)

# ruff's rules and formatting, and the type check of core/ (make test runs them too)
lint:
	$(PYTHON) -m ruff check .
	$(PYTHON) -m ruff format --check .
	$(PYTHON) -m mypy

# ruff's automatic fixes and formatter on the whole repository; lists what is left
tidy:
	bash scripts/tidy.sh

i18n:
	/usr/bin/python3 scripts/i18n.py build

i18n-update:
	/usr/bin/python3 scripts/i18n.py update

sample:
	/usr/bin/python3 scripts/sample/make_sample_data.py

package: setup
	/usr/bin/python3 scripts/package.py

docs:
	/usr/bin/python3 scripts/gen_docs.py

# performance suite (slow: all sizes, median of 3); BENCH_ARGS e.g. --tier small --algs wellconflicts
bench:
	/usr/bin/python3 benchmarks/run.py $(BENCH_ARGS)

bench-smoke:
	/usr/bin/python3 benchmarks/run.py --tier smoke --repeat 1 --out out/bench-smoke $(BENCH_ARGS)

clean:
	rm -rf dist out .pytest_cache .venv-compat

# the Debian roots of the test matrix (about 1.5 GB each; rebuilt by 'make test' when missing)
clean-roots:
	rm -rf --one-file-system $${BRONNENSTRATEGIE_ROOTS:-.roots}
