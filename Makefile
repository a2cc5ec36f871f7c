# Bronnenstrategie QGIS plugin. Run as root on Debian 12/13: every target installs what
# it needs first (scripts/setup.sh).
PYTHON := .venv/bin/python
export QT_QPA_PLATFORM := offscreen
export PROJ_DATA := /usr/share/proj
ARGS ?=

.PHONY: setup demo test pytest lint i18n i18n-update sample package docs clean

setup:
	bash scripts/setup.sh

demo: setup
	/usr/bin/python3 scripts/demo.py

test: setup lint
	$(PYTHON) -m pytest $(ARGS)

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

clean:
	rm -rf dist out .pytest_cache
