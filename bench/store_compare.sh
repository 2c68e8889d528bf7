#!/usr/bin/env bash
# Compares two stores row by row in what a build writes (stories, their articles and
# filter terms, placements, threads, articles' JSON, linking names, search hits), leaving
# out what differs from run to run (times, run numbers, digest bytes' field order).
#
#   bash bench/store_compare.sh A.db B.db      # prints the differing parts; exit 1 if any
set -euo pipefail
a=$1; b=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
qs=(
  "SELECT id, status, merged_into, size, first, last, title, hash, split_from FROM stories ORDER BY id"
  "SELECT story, article FROM story_articles ORDER BY story, article"
  "SELECT story, outlets, actors, places FROM story_filter ORDER BY story"
  "SELECT idx, hex(row), extra FROM placed ORDER BY idx"
  "SELECT name, upto, CASE WHEN name = 'placed' THEN value ELSE '' END FROM state WHERE name != 'names' ORDER BY name"
  "SELECT seq, key, version, current, id, outlet, url, published, title, raw_outlet, content_hash, origin, article FROM articles ORDER BY seq"
  "SELECT seq, mentions FROM linking ORDER BY seq"
  "SELECT seq, id, current FROM digests ORDER BY seq"
  "SELECT value FROM meta ORDER BY key"
)
for w in داعش اليمن "مجلس الأمن" النفط الرياض "حزب الله" "قطاع غزة" الحج; do
  qs+=("SELECT rowid, round(rank, 6) FROM search WHERE search MATCH '\"$w\"' ORDER BY rank, rowid LIMIT 50")
done
bad=0
for i in "${!qs[@]}"; do
  sqlite3 "$a" "${qs[$i]}" > "$tmp/a" 2>&1; sqlite3 "$b" "${qs[$i]}" > "$tmp/b" 2>&1
  if ! cmp -s "$tmp/a" "$tmp/b"; then echo "DIFFER: ${qs[$i]} ($(diff "$tmp/a" "$tmp/b" | grep -c '^[<>]') lines)"; bad=1; else echo "same ($(wc -l < "$tmp/a") rows): ${qs[$i]:0:70}"; fi
done
# The threads (a JSON object whose key order varies from run to run).
th() { sqlite3 "$1" "SELECT value FROM state WHERE name = 'threads'" | python3 -c 'import json,sys; t=sys.stdin.read().strip(); print(json.dumps(json.loads(t) if t else None, sort_keys=True))'; }
if [ "$(th "$a")" != "$(th "$b")" ]; then echo "DIFFER: threads"; bad=1; else echo "same: threads"; fi
exit $bad
