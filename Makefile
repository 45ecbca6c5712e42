# Alignment Atlas: `make run` opens the app, `make test` runs every check. Both set up .venv/ first when needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
APP_STAMP := $(VENV)/.app-installed
TEST_STAMP := $(VENV)/.test-installed
TS_FILES := $(wildcard i18n/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

.PHONY: run test lint typecheck pytest translations qm bench bundle dist install-desktop uninstall-desktop clean

run: $(APP_STAMP) qm
	$(BIN)/alignment-atlas

test: $(TEST_STAMP) qm
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/pytest

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(APP_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml $(APP_STAMP)
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

# Compiled translations (.qm) are build products: made from the .ts sources, never committed.
qm: $(QM_FILES)

i18n/%.qm: i18n/%.ts | $(APP_STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts sources from the code (then translate the new strings in Qt Linguist). English needs only the
# plural forms ("1 term", "12 terms"); every other language gets every string.
LUPDATE := $(BIN)/pyside6-lupdate -extensions py -no-obsolete -locations none
translations: $(APP_STAMP)
	$(LUPDATE) desktop -ts $(filter-out i18n/alignment_atlas_en.ts,$(TS_FILES))
	$(LUPDATE) -pluralonly desktop -ts i18n/alignment_atlas_en.ts

# The one-folder bundle (dist/alignment-atlas/): PyInstaller comes from the `bundle` extra, the .qm files are
# compiled first, and build.spec places content and translations where desktop/resources.py looks for them.
BUNDLE_STAMP := $(VENV)/.bundle-installed
BUNDLE_EXE := $(CURDIR)/dist/alignment-atlas/alignment-atlas

$(BUNDLE_STAMP): pyproject.toml $(APP_STAMP)
	$(PY) -m pip install --quiet -e '.[bundle]'
	touch $@

bundle: $(BUNDLE_STAMP) qm
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN build.spec
	@du -sh dist/alignment-atlas

# The bundle packed for download: dist/alignment-atlas-<version>-<os>-<machine>.tar.gz (.zip on Windows).
dist: bundle
	$(PY) tools/pack_dist.py

# The menu entry and icons for the current user, pointing at the bundle (APP_EXEC=... to point elsewhere);
# uninstall-desktop removes exactly the files the install recorded in its manifest.
APP_EXEC ?= $(BUNDLE_EXE)
install-desktop:
	$(PYTHON) tools/desktop_integration.py install --exec '$(APP_EXEC)'

uninstall-desktop:
	$(PYTHON) tools/desktop_integration.py uninstall

clean:
	rm -rf build dist desktop/_data i18n/*.qm .mypy_cache .ruff_cache .pytest_cache

# Benchmarks of issue 9 (search as you type, loading, rendering, memory, startup, printing): one table of figures,
# baselines, ratios and targets. `python -m benchmarks.run_all --quick` leaves out the 100,000-term figures.
bench: $(TEST_STAMP) qm
	$(PY) -m benchmarks.run_all
