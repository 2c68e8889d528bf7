#!/usr/bin/env bash
# Compare riwaya-text's normalise / tokenise / number chains with pyarabic (and CAMeL
# Tools with --camel) on the same SaudiNewsNet sample, in words/s on one core; writes
# the table to bench/out/text_core.txt (copy the numbers into bench/text_core.md).
#   bash bench/text_core.sh [--camel] [--bytes N] [--seconds S]
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
CAMEL=0; BYTES=20000000; SECONDS_PER_CHAIN=10
while [ $# -gt 0 ]; do
  case "$1" in
    --camel) CAMEL=1 ;;
    --bytes) BYTES=$2; shift ;;
    --seconds) SECONDS_PER_CHAIN=$2; shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
VENV=bench/.venv
OUT=bench/out
mkdir -p "$OUT" "$VENV"
LOG=$VENV/text_core_install.log
: > "$LOG"
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}

if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV" >>"$LOG" 2>&1 || echo "venv creation failed" | tee -a "$LOG"
fi
PY="$VENV/bin/python"
[ -x "$PY" ] || PY=$(command -v python3)
"$PY" -m pip install -q pyarabic >>"$LOG" 2>&1 || echo "pip install pyarabic failed (see $LOG)" | tee -a "$LOG"
if [ "$CAMEL" = 1 ]; then
  "$PY" -m pip install -q camel-tools >>"$LOG" 2>&1 || echo "pip install camel-tools failed (see $LOG)" | tee -a "$LOG"
fi

cargo build -q --release -p riwaya-text --example text_throughput || exit 1
BIN=$CARGO_TARGET_DIR/release/examples/text_throughput
SAMPLE=$OUT/text_core_sample.jsonl
echo "== riwaya-text (Rust, release, one core; best of 10 passes over the sample)"
"$BIN" --bytes "$BYTES" --dump "$SAMPLE" | tee "$OUT/text_core_rust.tsv"
echo "== Python"
"$PY" bench/text_core.py "$SAMPLE" --seconds "$SECONDS_PER_CHAIN" --json "$OUT/text_core_python.json" \
  | tee "$OUT/text_core_python.tsv"

"$PY" - "$OUT/text_core_rust.tsv" "$OUT/text_core_python.json" <<'PYEOF' | tee "$OUT/text_core.txt"
import json, sys
rust = {}
for line in open(sys.argv[1], encoding="utf-8"):
    name, words, secs, wps = line.rstrip("\n").split("\t")
    rust[name] = float(wps)
py = json.load(open(sys.argv[2], encoding="utf-8"))
chains = ["normalize", "normalize+tokenize", "normalize+tokenize+numbers"]
libs = list(py)
def m(x):
    return f"{x / 1e6:.2f} M" if x >= 1e5 else f"{x / 1e3:.1f} k"
head = "| chain | riwaya-text words/s | " + " | ".join(f"{l} words/s | riwaya ÷ {l}" for l in libs) + " |"
print(head)
print("|" + " --- |" * (2 + 2 * len(libs)))
for c in chains:
    row = [c, m(rust[c])]
    for l in libs:
        r = py[l]["chains"].get(c)
        row += [m(r["words_per_s"]), f"{rust[c] / r['words_per_s']:.0f}×"] if r else ["–", "–"]
    print("| " + " | ".join(row) + " |")
for l in libs:
    print(f"\n{l}: {py[l]['desc']}")
PYEOF
