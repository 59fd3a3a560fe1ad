# SwiftTorch: `make run` runs the course notebooks headless; `make test` builds and runs every test.
# Both install what is missing first (Debian packages as root after `apt-get update`; otherwise they
# print the exact commands and stop).

SHELL := /bin/bash
DEB_PACKAGES := libzmq3-dev pkg-config
SWIFT_BUILD_FLAGS ?=
BIN_DEBUG := .build/debug/swifttorch
BIN_RELEASE := .build/release/swifttorch
NOTEBOOKS := $(wildcard notebooks/*.ipynb)

.PHONY: all deps build build-debug test lint run bench clean venv

all: build

## Debian packages the build and the tests need.
deps:
	@missing=""; for p in $(DEB_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = "0" ]; then \
	    echo "make: installing$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null || exit 1; \
	  else \
	    echo "make: missing Debian packages:$$missing. Run as root:"; \
	    echo "  apt-get update"; echo "  apt-get install -y$$missing"; exit 1; \
	  fi; \
	fi

## Release build of the swifttorch binary.
build: deps
	swift build -c release --product swifttorch $(SWIFT_BUILD_FLAGS)

## Debug build of everything, tests included (what `make test` runs).
build-debug: deps
	swift build --build-tests $(SWIFT_BUILD_FLAGS)

## The Python venv for the conformance tools (jupyter_client, jupyter_kernel_test, nbformat).
venv:
	@tools/venv.sh

lint:
	python3 tools/lint_traps.py

test: deps lint build-debug venv
	SWIFTTORCH_PYTHON=$(abspath .venv/bin/python) SWIFTTORCH_BIN=$(abspath $(BIN_DEBUG)) swift test --skip-build
	.venv/bin/python tests/runner/check_nbformat.py $(NOTEBOOKS)
	rm -rf .build/notebooks-check .build/synthetic-names
	$(BIN_DEBUG) run --check --output-dir .build/notebooks-check --junit-xml .build/notebooks-check/junit.xml notebooks/lec12_*.ipynb
	python3 tools/notebooks/make_synthetic_names.py .build/synthetic-names
	$(BIN_DEBUG) run --output .build/notebooks-check/lec13_synthetic.ipynb -p DATA_DIR .build/synthetic-names -p N_EPOCHS 1 notebooks/lec13_rnn_classifier.ipynb > /dev/null
	.venv/bin/python tests/runner/check_nbformat.py .build/notebooks-check/*.ipynb
	tests/kernel/run.sh $(BIN_DEBUG)

## Runs every course notebook headless (outputs to .build/notebooks-out; the committed notebooks stay as they are).
run: build
	$(BIN_RELEASE) run --output-dir .build/notebooks-out notebooks/

bench: build
	bench/run.sh $(BIN_RELEASE)

clean:
	rm -rf .build .venv
