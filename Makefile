# Every target sets itself up first: `setup` runs scripts/setup.sh, which skips pip while
# pyproject.toml is unchanged and only checks that a browser is present (about a second).
SHELL := /bin/bash

PORT ?= 8000
IDP_PORT ?= 8001
PYTEST_ARGS ?=
DEMO_ARGS ?=
RECORD_ARGS ?=
# Set ALLOW_NO_TESTS=1 to treat "no tests collected" (pytest exit 5) as success.
ALLOW_NO_TESTS ?=

VENV := .venv
PY := $(VENV)/bin/python
HAVE_DISPLAY := $(or $(DISPLAY),$(WAYLAND_DISPLAY))

.DEFAULT_GOAL := help
.PHONY: help setup portal test demo record lint clean

help:
	@echo "make portal   serve the mock portal on PORT=$(PORT) and its identity platform on IDP_PORT=$(IDP_PORT)"
	@echo "make test     run the tests (PYTEST_ARGS='-k login' to pass options)"
	@echo "make demo     walk through the documented journey (HEADED=1 to watch)"
	@echo "make record   record a flow with Playwright's recorder"
	@echo "make lint     ruff check"
	@echo "make clean    remove .venv, var, reports and test-results"

setup:
	@bash scripts/setup.sh

portal: setup
	@mkdir -p var
	$(PY) -m mock_portal --port $(PORT) --idp-port $(IDP_PORT) --test-mode --db var/portal.db

test: setup
	@rc=0; $(PY) -m pytest $(PYTEST_ARGS) || rc=$$?; \
	if [ $$rc -eq 5 ] && [ -n "$(ALLOW_NO_TESTS)" ]; then echo "make test: no tests collected"; rc=0; fi; \
	exit $$rc

demo: setup
	$(PY) -m fixtures.demo $(if $(HEADED),--headed,) $(DEMO_ARGS)

# Without a display the recorder runs under Xvfb; setup then makes sure Xvfb is installed.
record: export NEED_XVFB := $(if $(HAVE_DISPLAY),,1)
record: setup
	$(if $(HAVE_DISPLAY),,xvfb-run -a -s "-screen 0 1920x1080x24") $(PY) -m fixtures.record $(RECORD_ARGS)

lint: setup
	$(VENV)/bin/ruff check .

clean:
	rm -rf $(VENV) var reports test-results
