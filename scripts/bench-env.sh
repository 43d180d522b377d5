# Shared settings of the benchmark scripts; sourced, not run.
# BENCH_CORPORA: where scripts/bench-corpus.sh writes corpora (never committed).
# BBC_NEWS: the source corpus (one article per .txt file), beside the checkout by default.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_CORPORA="${BENCH_CORPORA:-$root/target/bench-corpora}"
BBC_NEWS="${BBC_NEWS:-$root/../shared/data/corpus/bbc-news}"
BUNDLED_JAR="$root/pipeline/target/corpus-analytics-$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p;' "$root/pom.xml" | head -1).jar"

# Builds the modules and the bundled jar (tests skipped) when anything is newer than the jar.
bench_build() {
  local stamp="$root/benchmarks/target/classpath.txt"
  if [ ! -f "$stamp" ] || [ ! -f "$BUNDLED_JAR" ] || [ -n "$(find "$root/pom.xml" "$root/transforms" "$root/pipeline" \
      "$root/benchmarks" \( -newer "$stamp" -o -newer "$BUNDLED_JAR" \) \
      \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) -print -quit)" ]; then
    echo "Building (mvn package, tests skipped)..." >&2
    mvn -q -B -f "$root/pom.xml" -pl benchmarks -am -DskipTests package >&2
  fi
}

# The benchmarks module's runtime classpath: the modules' classes, then their dependencies.
bench_classpath() {
  echo "$root/benchmarks/target/classes:$root/pipeline/target/classes:$root/transforms/target/classes:$(cat "$root/benchmarks/target/classpath.txt")"
}

# The corpus file of a size: bbc-SIZE.jsonl, or bbc-SIZE.jsonl.gz with "gz".
corpus_path() {
  echo "$BENCH_CORPORA/bbc-$1.jsonl${2:+.gz}"
}
