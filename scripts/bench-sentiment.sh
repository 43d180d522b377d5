#!/usr/bin/env bash
# Sentences per second on one thread for each sentiment mode (JMH, benchmarks/.../SentimentBenchmarks.java),
# over 4,000 NYT editorial snippets of ../shared/data. Extra arguments go to JMH (e.g. -p mode=NEWS_RULES).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-env.sh"
bench_build
results="$root/target/bench-results"
mkdir -p "$results"
csv="$results/jmh-sentiment.csv"
(cd "$root" && java -cp "$(bench_classpath)" org.openjdk.jmh.Main SentimentBenchmarks -rf csv -rff "$csv" "$@") >&2
echo "| mode | sentences/s on one thread | ± (99.9%) |"
echo "|---|---:|---:|"
awk -F, 'NR > 1 { gsub(/"/, ""); printf "| %s | %.0f | %.0f |\n", $NF, $5, $6 }' "$csv"
