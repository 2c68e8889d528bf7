#!/usr/bin/env bash
# Compare riwaya-dates with two Python Arabic date/time extractors (puckling, Maha)
# on the same SaudiNewsNet sample; writes bench/dates.md.
#   bash bench/dates_compare.sh [WORDS]      (run from anywhere; default 50000 words)
# Needs Python >= 3.13 for puckling (looked up in pyenv, then on PATH); the venv is
# bench/.venv (git-ignored). An install that fails is recorded in bench/dates.md.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WORDS=${1:-${DATES_BENCH_WORDS:-50000}}
VENV=bench/.venv
LOG=bench/.venv/install.log
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}

py=""
for c in /root/.pyenv/versions/3.1[3-9]*/bin/python3 "$HOME"/.pyenv/versions/3.1[3-9]*/bin/python3 \
         "$(command -v python3.14 || true)" "$(command -v python3.13 || true)" "$(command -v python3 || true)"; do
  [ -x "$c" ] || continue
  if "$c" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 13) else 1)' 2>/dev/null; then py=$c; break; fi
done

mkdir -p "$VENV"; : > "$LOG"
if [ -z "$py" ]; then
  echo "no Python >= 3.13 found: puckling skipped" | tee -a "$LOG"
  py=$(command -v python3)
fi
if [ ! -x "$VENV/bin/python" ]; then
  "$py" -m venv "$VENV" >>"$LOG" 2>&1 || echo "venv creation failed with $py" | tee -a "$LOG"
fi
if [ -x "$VENV/bin/python" ]; then
  "$VENV/bin/python" -m pip install -q --upgrade pip >>"$LOG" 2>&1
  # Maha imports regex.regex, which newer releases of regex no longer have.
  "$VENV/bin/python" -m pip install -q puckling >>"$LOG" 2>&1 || echo "pip install puckling failed" | tee -a "$LOG"
  "$VENV/bin/python" -m pip install -q mahad "regex<2025" >>"$LOG" 2>&1 || echo "pip install mahad failed" | tee -a "$LOG"
  PY="$VENV/bin/python"
else
  PY=$(command -v python3)
fi

# DATES_BIN_DIR: use already built `dates_throughput` and `dates_show` examples from there.
BIN_DIR=${DATES_BIN_DIR:-$CARGO_TARGET_DIR/release/examples}
if [ -z "${DATES_BIN_DIR:-}" ]; then
  cargo build --release -q -p riwaya-dates --example dates_throughput --example dates_show || { echo "cargo build failed"; exit 1; }
fi
"$PY" bench/dates_compare.py --words "$WORDS" --bin-dir "$BIN_DIR" \
  --install-log "$LOG" --out bench/dates.md
