#!/usr/bin/env bash
# The store: `riwaya add` of all SaudiNewsNet into an empty store against `riwaya analyze
# --format json -o /dev/null` of the same files (the bar: 1.5x); one more day added to the
# full store (17 days first, then the 18th; the bar: 2 s); `riwaya search` p95 over 40
# queries on the full store (the bar: 50 ms). Release build. Wall time and CPU time (user +
# system: the steadier figure on a shared machine). One more day is measured DAY_RUNS
# times (default 3), each on a fresh copy of the 17-day store.
#
#   bash bench/store.sh                       # this tree's release build
#   RIWAYA_BIN=/path/to/riwaya bash bench/store.sh   # another build (a baseline)
#   PEER_BIN=/path/to/baseline bash bench/store.sh   # one more day also by a peer build,
#       its runs interleaved with this build's (each on its own 17-day store, made by it:
#       a store's saved names are read back only by the build that saved them), so that
#       both see the same machine
set -euo pipefail
cd "$(dirname "$0")/.."
data=../shared/data/saudinewsnet
[ -d "$data" ] || { echo "bench/store.sh: $data is missing" >&2; exit 1; }
if [ -n "${RIWAYA_BIN:-}" ]; then bin=$RIWAYA_BIN; else cargo build --release -q -p riwaya; bin=$PWD/target/release/riwaya; fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
days=("$data"/*.zip)

# wall s, CPU s (user + system), peak KB
secs() { /usr/bin/time -f "%e %U %S %M" -o "$tmp/t" "$@" >/dev/null 2>&1 || true; tail -n 1 "$tmp/t" | awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}'; }

read -r a_s a_c a_kb < <(secs "$bin" analyze "$data" --format json -o /dev/null -q)
read -r s_s s_c s_kb < <(secs "$bin" add "$data" --db "$tmp/all.db" -q)
printf 'analyze --format json -o /dev/null : %6.2f s (%.2f s CPU)  %5.0f MB peak\n' "$a_s" "$a_c" "$((a_kb / 1024))"
printf 'add (empty store)                   : %6.2f s (%.2f s CPU)  %5.0f MB peak  (%.2fx analyze)  store %s\n' "$s_s" "$s_c" "$((s_kb / 1024))" \
  "$(echo "$s_s / $a_s" | bc -l)" "$(du -h "$tmp/all.db" | cut -f1)"

last=${days[${#days[@]}-1]}
"$bin" add "${days[@]:0:${#days[@]}-1}" --db "$tmp/day17.db" -q >/dev/null || true  # 3: some records unreadable
[ -n "${PEER_BIN:-}" ] && { "$PEER_BIN" add "${days[@]:0:${#days[@]}-1}" --db "$tmp/peer17.db" -q >/dev/null || true; }
for _ in $(seq "${DAY_RUNS:-3}"); do
  cp "$tmp/day17.db" "$tmp/day.db"; rm -f "$tmp/day.db-wal" "$tmp/day.db-shm"
  read -r d_s d_c d_kb < <(secs "$bin" add "$last" --db "$tmp/day.db" -q)
  printf 'add one more day (%s) to 17 days: %6.2f s (%.2f s CPU)  %5.0f MB peak\n' "$(basename "$last" .zip)" "$d_s" "$d_c" "$((d_kb / 1024))"
  if [ -n "${PEER_BIN:-}" ]; then
    cp "$tmp/peer17.db" "$tmp/peer.db"; rm -f "$tmp/peer.db-wal" "$tmp/peer.db-shm"
    read -r p_s p_c p_kb < <(secs "$PEER_BIN" add "$last" --db "$tmp/peer.db" -q)
    printf '  peer, the same day to its 17 days  : %6.2f s (%.2f s CPU)  %5.0f MB peak\n' "$p_s" "$p_c" "$((p_kb / 1024))"
  fi
done
read -r n_s n_c _ < <(secs "$bin" add "$last" --db "$tmp/day.db" -q)
printf 'add the same day again (nothing new) : %6.2f s (%.2f s CPU)\n' "$n_s" "$n_c"

queries=(داعش الحوثيين "إرهابيي داعش" "ارهابيي داعش" اليمن عدن "مجلس الأمن" النفط "وزارة الصحة" كورونا
  الرياض جدة مكة "القصر الرئاسي" التحالف "الاتفاق النووي" الفيفا "حادث مروري" الأمطار "الدفاع المدني"
  اليونان تركيا سوريا العراق "حزب الله" لبنان مصر "قطاع غزة" إسرائيل "الأمم المتحدة"
  المملكة الطائف أبها "تفجير انتحاري" مسجد "وزارة الداخلية" الشرطة "أسعار النفط" الحج رمضان)
for q in "${queries[@]}"; do
  s=$(date +%s%N); "$bin" search "$q" --db "$tmp/all.db" -n 20 >/dev/null; e=$(date +%s%N)
  echo $(( (e - s) / 1000 ))
done | sort -n > "$tmp/lat"
n=$(wc -l < "$tmp/lat")
p50=$(sed -n "$(( (n + 1) / 2 ))p" "$tmp/lat"); p95=$(sed -n "$(( (n * 95 + 99) / 100 ))p" "$tmp/lat")
printf 'search (%d queries, whole process) : p50 %.1f ms  p95 %.1f ms  max %.1f ms\n' "$n" "$(echo "$p50/1000" | bc -l)" "$(echo "$p95/1000" | bc -l)" "$(echo "$(tail -n1 "$tmp/lat")/1000" | bc -l)"
