#!/usr/bin/env bash
# Main-text extraction: riwaya-html (Rust, release build) against Python trafilatura
# (default settings) on the article-extraction benchmark (181 pages in ../shared),
# both scored with shared/eval/score.py; prints F1 and pages/s side by side.
#   bash bench/html_extraction.sh        (run from anywhere)
# The Python side uses the venv bench/.venv (git-ignored); reports go to bench/out/.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
DATA=${HTML_BENCH_DATA:-$ROOT/../shared/data/article-extraction-benchmark}
SCORE=${SCORE_PY:-$ROOT/../shared/eval/score.py}
VENV=bench/.venv
OUT=bench/out
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}
mkdir -p "$OUT"

if [ ! -f "$DATA/ground-truth.json" ]; then
  echo "benchmark data not found at $DATA" >&2
  exit 1
fi

# Python trafilatura
py_line="python trafilatura: not run"
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV" || echo "venv creation failed" >&2
fi
if [ -x "$VENV/bin/python" ]; then
  "$VENV/bin/python" -c 'import trafilatura' 2>/dev/null \
    || "$VENV/bin/pip" install --quiet trafilatura >"$OUT/html_pip.log" 2>&1 \
    || echo "pip install trafilatura failed (see $OUT/html_pip.log)" >&2
  if "$VENV/bin/python" -c 'import trafilatura' 2>/dev/null; then
    py_line=$("$VENV/bin/python" bench/html_extraction.py "$DATA" "$OUT/html_report_python.json")
  fi
fi

# Rust
cargo build --release -q -p riwaya-html --example extraction_bench || exit 1
rs_line=$("$CARGO_TARGET_DIR/release/examples/extraction_bench" --engine riwaya --data "$DATA" \
  --out "$OUT/html_report_rust.json")

score() { # REPORT -> "P R F1"
  python3 "$SCORE" extraction "$DATA/ground-truth.json" "$1" --json \
    | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["precision"], d["recall"], d["f1"])'
}
pps() { sed -n 's/.*pages\/s=\([0-9.]*\).*/\1/p' <<<"$1"; }

printf '%-28s %9s %7s %6s %8s\n' engine precision recall F1 pages/s
if [ -f "$OUT/html_report_python.json" ] && [[ $py_line == engine=* ]]; then
  read -r p r f < <(score "$OUT/html_report_python.json")
  name=$(sed -n 's/^engine=\([^ ]*\).*/\1/p' <<<"$py_line")
  printf '%-28s %9s %7s %6s %8s\n' "$name" "$p" "$r" "$f" "$(pps "$py_line")"
else
  echo "$py_line"
fi
read -r p r f < <(score "$OUT/html_report_rust.json")
printf '%-28s %9s %7s %6s %8s\n' "riwaya-html (Rust)" "$p" "$r" "$f" "$(pps "$rs_line")"
