#!/usr/bin/env bash
# Share of the per-article analysis time by stage, from JMH micro-benchmarks of each analysis
# class on real BBC text (benchmarks/.../StageBenchmarks.java; one thread, 200 articles per op).
#   scripts/bench-stages.sh              prints the table and writes it into docs/BENCHMARKS.md
#   scripts/bench-stages.sh --no-docs    prints it only
# Extra arguments go to JMH (e.g. -wi 1 -i 2 for a quick look).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-env.sh"

docs=yes
jmh_args=()
for arg in "$@"; do
  if [ "$arg" = --no-docs ]; then docs=""; else jmh_args+=("$arg"); fi
done
bench_build
corpus="$("$root/scripts/bench-corpus.sh" 2000)"
results="$root/target/bench-results"
mkdir -p "$results"
csv="$results/jmh-stages.csv"
load="$(cut -d' ' -f1-3 /proc/loadavg)"
(cd "$root" && java -cp "$(bench_classpath)" org.openjdk.jmh.Main StageBenchmarks \
    -p corpus="$corpus" -rf csv -rff "$csv" "${jmh_args[@]}") >&2

report="$results/stages.md"
{
  echo "JMH $(date -u '+%Y-%m-%d %H:%M UTC'), one thread, 200 BBC articles per operation, load before: $load."
  echo
  echo "| stage | ms per 200 articles | ± (99.9%) | articles/s on one core | share |"
  echo "|---|---:|---:|---:|---:|"
  awk -F, 'NR > 1 {
      gsub(/"/, ""); name = $1; sub(/.*\./, "", name)
      order[++n] = name; score[name] = $5; error[name] = $6; total += $5 }
    END { for (i = 1; i <= n; i++) { s = order[i]
      printf "| %s | %.1f | %.1f | %.0f | %.1f%% |\n", s, score[s], error[s], 200000 / score[s], 100 * score[s] / total }
      printf "| all stages | %.1f | | %.0f | 100%% |\n", total, 200000 / total }' "$csv"
  echo
  echo "Command: \`scripts/bench-stages.sh\` (java -cp \$CLASSPATH org.openjdk.jmh.Main StageBenchmarks -p corpus=$(realpath --relative-to="$root" "$corpus"))"
} > "$report"
cat "$report"
if [ -n "$docs" ]; then
  doc="$root/docs/BENCHMARKS.md"
  awk -v report="$report" '
    /<!-- bench:stages:end -->/ { while ((getline line < report) > 0) print line; skip = 0 }
    !skip { print }
    /<!-- bench:stages:begin -->/ { skip = 1 }' "$doc" > "$doc.new" && mv "$doc.new" "$doc"
  echo "Wrote the table into $doc" >&2
fi
