# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint clean chromium

# Re-install only when the package metadata changes; the install is editable.
$(STAMP): setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/kg build corpus -o out

test: $(STAMP)
	$(BIN)/python -m pytest -q

# The browser tests drive Debian's Chromium (Playwright's own download does not work offline);
# CI installs it with this target, `make test` does not need root when it is already there.
CHROMIUM := /usr/bin/chromium
chromium:
	@test -x $(CHROMIUM) || (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium)

lint: $(STAMP)
	$(BIN)/ruff check kg tests benchmarks ontology

clean:
	rm -rf out $(VENV)
