# Every target sets itself up first: `setup` runs scripts/setup.sh, which installs exactly uv.lock,
# skips that while pyproject.toml and uv.lock are unchanged and only checks that a browser is
# present (about a second).
SHELL := /bin/bash

PORT ?= 8000
IDP_PORT ?= 8001
# make test: every test, in parallel: WORKERS pytest-xdist workers ("auto": one per CPU; 0: one
# process), each with its own portal. PYTEST_ARGS is passed on (-k search, e2e/test_form.py,
# --headed, --tracing on …); PROJECT picks projects of playwright.config.py, ENGINE browser engines
# (pytest-playwright's --browser, default chromium); HEADED=1 shows the browsers. Writes reports/junit.xml and reports/report.html; failed tests' screenshots and traces
# stay in test-results/.
WORKERS ?= auto
PROJECT ?=
ENGINE ?=
PYTEST_ARGS ?=
# make test SPLITS=4 GROUP=2: the second of four shards of about equal time (pytest-split, by the
# durations in .test_durations; `make durations` refreshes that file by running the suite once).
SPLITS ?=
GROUP ?=
REPORT_ARGS := --junitxml=reports/junit.xml --html=reports/report.html --self-contained-html
# make demo: DEMO_ARGS="--guide-day" (see python -m scripts.demo -h).
DEMO_ARGS ?=
# make mutation: ONLY=a,b runs just those defects (each on its own); MUTATION_ARGS is passed on
# (--paths tests/app, --limit 300, --no-baseline; python -m scripts.mutation -h).
ONLY ?=
MUTATION_ARGS ?=
# make record: RECORD_ARGS="--output recordings/login_test.py" (see python -m scripts.record -h).
RECORD_ARGS ?=
# make lock UPGRADE=1: every package to its newest allowed version (without: only what
# pyproject.toml's changes need).
UPGRADE ?=
# Set ALLOW_NO_TESTS=1 to treat "no tests collected" (pytest exit 5) as success.
ALLOW_NO_TESTS ?=
# make soak: the whole suite N times, each in a fresh random order with retries 0
# (python -m scripts.soak -h); WORKERS, PROJECT and PYTEST_ARGS as for make test.
N ?= 5

# Some machines set PYTHONDONTWRITEBYTECODE; without the bytecode cache every run, and each xdist
# worker of it, compiles and assertion-rewrites the test modules and plugins again.
unexport PYTHONDONTWRITEBYTECODE

VENV := .venv
PY := $(VENV)/bin/python
# macOS always has a display (no DISPLAY variable there); Xvfb is for Linux without one.
HAVE_DISPLAY := $(or $(DISPLAY),$(WAYLAND_DISPLAY),$(filter Darwin,$(shell uname -s)))
# HEADED=1 without a display: the browsers run under Xvfb.
UNDER_XVFB := $(if $(and $(HEADED),$(if $(HAVE_DISPLAY),,1)),xvfb-run -a -s "-screen 0 1920x1080x24",)

.DEFAULT_GOAL := help
.PHONY: help setup lock portal test report check suite-cost durations soak bench demo record lint clean mutation

help:
	@echo "make setup    create .venv, install exactly uv.lock's packages, make sure a Chromium is there (every target runs it)"
	@echo "make lock     write uv.lock from pyproject.toml after changing a dependency (UPGRADE=1: every package to its newest allowed)"
	@echo "make portal   serve the mock portal on PORT=$(PORT) and its identity platform on IDP_PORT=$(IDP_PORT)"
	@echo "make test     run every test in parallel, write reports/ (PYTEST_ARGS='-k login', PROJECT='desktop mobile', ENGINE='chromium firefox', SPLITS=4 GROUP=2, HEADED=1, WORKERS=0, ALLOW_NO_TESTS=1)"
	@echo "make report   serve reports/ on REPORT_PORT=$(REPORT_PORT) and open it; a failed test's Trace opens in Playwright's trace viewer"
	@echo "make check    the quick inner loop: lint, then the unit and app tiers (under a minute)"
	@echo "make suite-cost  run every test, then write each tier's cost to BENCHMARKS.md beside the figures before"
	@echo "make durations  run every test once to refresh .test_durations, which SPLITS=4 GROUP=1..4 shards by"
	@echo "make soak     run every test N=5 times, each in a fresh random order, report the flaky ones (reports/soak/)"
	@echo "make demo     walk the guide's ten steps, write reports/guide/ (HEADED=1 to watch, DEMO_ARGS=--guide-day for the guide's own day)"
	@echo "make record   record a flow with Playwright's recorder (RECORD_ARGS='--output recordings/x_test.py')"
	@echo "make lint     ruff check"
	@echo "make bench    speed figures beside their references, written to BENCHMARKS.md (BENCH_ARGS=--quick)"
	@echo "make mutation run the suite against each seeded defect, write reports/mutation.json (ONLY=a,b)"
	@echo "make clean    remove .venv, var, reports and test-results"

setup:
	@bash scripts/setup.sh

# Not through setup, which stops while pyproject.toml and uv.lock disagree. The next target syncs.
lock:
	@bash scripts/uv.sh
	UV_PYTHON_DOWNLOADS=never $(VENV)/bin/uv lock $(if $(UPGRADE),--upgrade,)

# The captcha of playwright.config.py's web_server, the one the harness logs in with: a suite run
# with --base-url against this portal can log in.
portal: setup
	@mkdir -p var
	MOCK_PORTAL_CAPTCHA=1488 $(PY) -m mock_portal --port $(PORT) --idp-port $(IDP_PORT) --test-mode --db var/portal.db

# HEADED=1 without a display runs the browsers under Xvfb (setup then makes sure it is installed).
# Otherwise setup still installs Xvfb where it can, for the recorder's smoke test
# (tests/harness/test_record.py); where it cannot, it warns and that test is skipped.
test: export NEED_XVFB := $(if $(UNDER_XVFB),1,optional)
test: setup
	@mkdir -p reports
	@rc=0; $(UNDER_XVFB) $(PY) -m pytest -n $(WORKERS) $(REPORT_ARGS) $(foreach p,$(PROJECT),--project $(p)) \
		$(foreach e,$(ENGINE),--browser $(e)) $(if $(SPLITS),--splits $(SPLITS) --group $(GROUP),) \
		$(if $(HEADED),--headed,) $(PYTEST_ARGS) || rc=$$?; \
	if [ $$rc -eq 5 ] && [ -n "$(ALLOW_NO_TESTS)" ]; then echo "make test: no tests collected"; rc=0; fi; \
	exit $$rc

# Like `npx playwright show-report`: the viewer comes from the installed playwright package.
REPORT_PORT ?= 9323
report: setup
	$(PY) -m scripts.report --port $(REPORT_PORT)

# The inner loop while changing code: lint, then the tiers that need no browser nor server.
check: setup
	$(VENV)/bin/ruff check .
	$(PY) -m pytest -n $(WORKERS) $(PYTEST_ARGS) tests/unit tests/app

# make test's own run, then its cost per tier written to BENCHMARKS.md (scripts/suite_cost.py).
suite-cost: test
	$(PY) -m scripts.suite_cost

# The whole suite once (the default projects), each test's time written to .test_durations;
# commit the file. Tests missing from it are split as if they took the average time. With
# PYTEST_ARGS only the tests run are updated; without, tests gone from the suite leave the file.
durations: export NEED_XVFB := optional
durations: setup
	@mkdir -p reports
	$(PY) -m pytest -n $(WORKERS) $(REPORT_ARGS) --store-durations \
		$(if $(PYTEST_ARGS),,--clean-durations) $(PYTEST_ARGS)

soak: export NEED_XVFB := optional
soak: setup
	$(PY) -m scripts.soak --runs $(N) --workers $(WORKERS) -- $(foreach p,$(PROJECT),--project $(p)) $(PYTEST_ARGS)

demo: export NEED_XVFB := $(if $(UNDER_XVFB),1,)
demo: setup
	$(UNDER_XVFB) $(PY) -m scripts.demo $(if $(HEADED),--headed,) $(DEMO_ARGS)

# Without a display the recorder runs under Xvfb; setup then makes sure Xvfb is installed.
record: export NEED_XVFB := $(if $(HAVE_DISPLAY),,1)
record: setup
	$(if $(HAVE_DISPLAY),,xvfb-run -a -s "-screen 0 1920x1080x24") $(PY) -m scripts.record $(RECORD_ARGS)

# make bench: every benchmark (a few minutes); BENCH_ARGS="--quick" for a smoke run.
BENCH_ARGS ?=
bench: setup
	$(PY) -m benchmarks $(BENCH_ARGS)

lint: setup
	$(VENV)/bin/ruff check .

clean:
	rm -rf $(VENV) var reports test-results

# The suite against each seeded defect of the portal (mock_portal/defects/): see docs/mutation.md.
mutation: setup
	@mkdir -p reports
	$(PY) -m scripts.mutation $(if $(ONLY),ONLY=$(ONLY),) $(MUTATION_ARGS)
