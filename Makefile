# Bronnenstrategie QGIS plugin. Run as root on Debian 12/13: every target installs what
# it needs first (scripts/setup.sh).
PYTHON := .venv/bin/python
export QT_QPA_PLATFORM := offscreen
export PROJ_DATA := /usr/share/proj
ARGS ?=

.PHONY: setup demo test pytest lint i18n i18n-update sample package docs clean bench bench-smoke

setup:
	bash scripts/setup.sh

demo: setup
	/usr/bin/python3 scripts/demo.py

test: setup lint
	$(PYTHON) -m pytest $(ARGS)
	bash scripts/test_compat.sh

pytest:
	$(PYTHON) -m pytest $(ARGS)

lint:
	$(PYTHON) -m ruff check .

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
