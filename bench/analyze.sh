#!/usr/bin/env bash
# Whole-pipeline benchmark: `riwaya analyze` over SaudiNewsNet (31,030 records), wall time
# and peak memory, at 1x and at 2x (every article again under a new id and outlet name, so
# nothing is dropped as a duplicate) to show how the cost grows with the corpus.
#
#   bash bench/analyze.sh [FORMAT]      FORMAT: jsonl (default) or json
set -euo pipefail
cd "$(dirname "$0")/.."
format=${1:-jsonl}
data=../shared/data/saudinewsnet
[ -d "$data" ] || { echo "bench/analyze.sh: $data is missing" >&2; exit 1; }
cargo build --release -q -p riwaya
bin=target/release/riwaya
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

python3 - "$data" "$tmp/copy" <<'PY'
import json, os, sys, zipfile, glob
src, dst = sys.argv[1], sys.argv[2]
os.makedirs(dst)
for z in sorted(glob.glob(os.path.join(src, "*.zip"))):
    out = zipfile.ZipFile(os.path.join(dst, "copy-" + os.path.basename(z)), "w", zipfile.ZIP_DEFLATED)
    for name in zipfile.ZipFile(z).namelist():
        recs = json.loads(zipfile.ZipFile(z).read(name))
        for r in recs:
            r["url"] = r.get("url", "") + "#copy"
            r["source"] = r.get("source", "") + "-copy"
        out.writestr(name, json.dumps(recs, ensure_ascii=False))
    out.close()
PY

run() {
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$tmp/t" "$bin" analyze "$@" --format "$format" -o /dev/null -q || true
  read -r secs kb < <(tail -n 1 "$tmp/t")  # time notes a non-zero exit on a line before
  awk -v l="$label" -v s="$secs" -v k="$kb" 'BEGIN { printf "%-4s %8.2f s  %6.0f MB peak\n", l, s, k / 1024 }'
}
echo "riwaya analyze SaudiNewsNet --format $format -o /dev/null ($(nproc) cores)"
run 1x "$data"
run 2x "$data" "$tmp/copy"
