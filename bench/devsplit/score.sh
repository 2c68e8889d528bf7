#!/usr/bin/env bash
# Scores one part of the dev set through the whole pipeline:
#   bash bench/devsplit/score.sh train|heldout|full [RIWAYA_BIN] [DIR]
# (run `python3 bench/devsplit/split.py [DIR]` once first; DIR defaults to /tmp/riwaya-devsplit)
set -euo pipefail
cd "$(dirname "$0")/../.."
P=$1; BIN=${2:-target/release/riwaya}; D=${3:-/tmp/riwaya-devsplit}; OUT=$(mktemp)
if [ "$P" = full ]; then C=../shared/corpus/dev; G=../shared/gold; else C=$D/$P/corpus; G=$D/$P/gold; fi
"$BIN" analyze "$C" --format json -o "$OUT" -q || [ $? -eq 3 ]
for k in claims dates aliases events; do
  F=$G/dev.$k.jsonl; [ $k = aliases ] && F=$G/dev.aliases.json
  echo "== $k: $(python3 ../shared/eval/score.py $k "$F" "$OUT" 2>&1 | tail -7 | tr '\n' ' ')"
done
python3 ../shared/eval/by_story.py "$G/dev" "$OUT" | tail -25
rm -f "$OUT"
