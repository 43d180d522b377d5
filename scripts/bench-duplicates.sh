#!/usr/bin/env bash
# Time and peak memory of the near-duplicate stages alone on a BBC-derived corpus of SIZE articles
# (benchmarks/.../DuplicatesBenchmark.java): the reader alone, then the reader and FindNearDuplicates,
# on the DirectRunner (and Spark local[2] with --spark), and the in-memory finder in one JVM.
#   JAVA_HEAP=4g scripts/bench-duplicates.sh 100000 [--spark]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-env.sh"
size="${1:?usage: $0 SIZE [--spark]}"
bench_build
corpus="$("$root/scripts/bench-corpus.sh" "$size")"
runners=(direct)
[ "${2:-}" = "--spark" ] && runners+=(spark)
run() {
  local log
  log="$(mktemp)"
  /usr/bin/time -v java -Xmx"${JAVA_HEAP:-4g}" -cp "$(bench_classpath)" org.corpusanalytics.benchmarks.DuplicatesBenchmark \
      "$corpus" "$@" 2> "$log" | tail -1 | tr '\n' ' '
  echo "peak RSS $(awk '/Maximum resident/ {printf "%.2f GiB", $6 / 1048576}' "$log")"
  rm -f "$log"
}
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $size articles, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for runner in "${runners[@]}"; do
  run "$runner" read-only
  run "$runner"
done
run in-memory
