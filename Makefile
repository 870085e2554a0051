# Buzón: `make run` opens the app, `make test` passes the suite, `make bench` measures.
# Both create .venv on first use and reinstall when pyproject.toml changes.

PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
QM     := $(patsubst %.ts,%.qm,$(wildcard resources/translations/*.ts))

.PHONY: run test lint bench bench-readme screenshots soak dist translations clean system-deps

$(VENV)/.run-installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,dist]'
	touch $@ $(VENV)/.run-installed

resources/translations/%.qm: resources/translations/%.ts $(VENV)/.run-installed
	$(PY) scripts/build_translations.py $<

translations: $(QM)

run: system-deps $(VENV)/.run-installed translations
	$(PY) -m desktop

# ruff and mypy first: a finding fails the run before the suite starts.
test: system-deps $(VENV)/.test-installed translations lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q tests --ignore=tests/benchmarks

# ruff over everything (rules in pyproject.toml), mypy over the Qt-free core.
lint: $(VENV)/.test-installed
	$(VENV)/bin/ruff check desktop tests scripts
	$(VENV)/bin/mypy

# Every benchmark, or one area: `make bench BENCH=translation` (a pytest -k expression). Starts
# a fresh bench-results.json and prints its table; fails only when a benchmark crashes, not
# when a goal is missed or a benchmark runs out of time (both are figures in the table).
BENCH ?=
bench: $(VENV)/.test-installed translations
	rm -f "$${BUZON_BENCH_RESULTS:-bench-results.json}"
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -rfEs tests/benchmarks -s $(if $(BENCH),-k '$(BENCH)')

# README.md's "Measured figures" table, from the bench-results.json of the last full run.
bench-readme: $(VENV)/.test-installed
	$(PY) scripts/bench_readme.py

# README.md's screenshots (one per language), from a fresh demo at a fixed time.
screenshots: $(VENV)/.run-installed translations
	scripts/readme_screenshots.sh

# Long fault loops, outside `make test`: 1,000 senders killed with SIGKILL inside their
# writes (tests/soak; `make test` runs 20 of them). Figures in out/soak-results.json.
soak: $(VENV)/.test-installed
	BUZON_SOAK_KILLS=1000 $(PY) -m pytest -q -s tests/soak

dist: system-deps $(VENV)/.test-installed translations
	$(PY) -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller app.spec

# Debian packages: what Qt needs offscreen and on an X11 desktop (the xcb plugin's
# libraries), fonts for Chinese text, binutils, which PyInstaller uses to bundle, and
# postgresql, whose binaries the tests start a throw-away server from (tests/pg_server.py). Run as
# root (CI does); as a user it does nothing, and Qt names any library still missing.
DEBS := fonts-wqy-microhei poppler-utils libxkbcommon0 libegl1 libfontconfig1 libdbus-1-3 binutils \
        libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
        libxkbcommon-x11-0 libxcb-xkb1 libxcb-randr0 libxcb-shape0 libxcb-xinerama0 \
        postgresql
system-deps:
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  dpkg -s $(DEBS) >/dev/null 2>&1 || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(DEBS) >/dev/null; }; \
	fi

clean:
	rm -rf build/pyinstaller dist $(VENV)
