# Every target creates .venv (and installs the project with its dev tools) when it is missing.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test lint demo bench eval stance-table clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	@touch $(STAMP)

## run: the worker on the embedded default (SQLite under data/, console as the chat target)
run: $(STAMP)
	$(BIN)/vahti db upgrade
	$(BIN)/vahti config check || true
	$(BIN)/vahti run

## test: the whole test suite (SQLite and the local PostgreSQL)
test: $(STAMP)
	$(BIN)/python -m pytest

## lint: ruff, ruff format --check, mypy on bot/ and storage/
lint: $(STAMP)
	$(BIN)/ruff check bot storage tests bench
	$(BIN)/ruff format --check bot storage tests bench
	$(BIN)/mypy bot storage

## demo: an offline showcase of the real code path, on local servers and a temporary database
demo: $(STAMP)
	$(BIN)/vahti demo

## bench: benchmarks; they print figures and ratios, and assert nothing (about four minutes);
## bench/feed_parsers.py and bench/http_transport.py measure past design choices, run them by hand
bench: $(STAMP)
	$(BIN)/python bench/query.py
	$(BIN)/python bench/poll.py
	$(BIN)/python bench/score.py
	$(BIN)/python bench/startup.py

## eval: relevance and stance scores on the project's labelled set and the public sets
eval: $(STAMP)
	$(BIN)/python bench/eval.py

## stance-table: count the learned stance table again from the development splits (after editing one)
stance-table: $(STAMP)
	$(BIN)/python bench/stance_table.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
