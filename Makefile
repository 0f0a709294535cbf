# Two commands on a fresh machine: `make run` (install, build the index, start the app)
# and `make test` (install, run the whole test suite).
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin

.PHONY: install run index test clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "need $(PYTHON) (Python 3.11)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# torch first and pinned: the CPU wheel, never a multi-GB CUDA build.
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

index: install
	$(BIN)/jobbtorg ingest
	$(BIN)/jobbtorg docs

run: index
	$(BIN)/python app.py

test: install
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) index/manifest.json index/docs index/bm25 index/chroma
