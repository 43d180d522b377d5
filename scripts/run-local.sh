#!/usr/bin/env bash
# Runs the corpus job on this machine. With no --runner, the job picks one by input size: the
# DirectRunner for small inputs, Spark in this JVM (local[cores]) from --sparkFromBytes on, whose
# memory stays bounded as the corpus grows; it prints which and why. An explicit --runner is obeyed.
# Builds the bundled jar first when it is missing or older than the sources.
# With no arguments: reads the project's seeds/ and writes ./output/.
# Any arguments are passed to the job; see: scripts/run-local.sh --help
# The heap is half the physical memory, at most LOCAL_HEAP_CAP_GIB (default 6), unless JAVA_OPTS
# sets -Xmx (or a RAM percentage); the size chosen is printed.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/pipeline/target/corpus-analytics-$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p;' "$root/pom.xml" | head -1).jar"

needs_build() {
  [ ! -f "$jar" ] && return 0
  [ -n "$(find "$root/pom.xml" "$root/transforms" "$root/pipeline" -newer "$jar" \
      \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) -print -quit)" ]
}

# Physical memory in MiB (Linux /proc/meminfo, else macOS sysctl); empty when neither answers.
physical_mib() {
  if [ -r /proc/meminfo ]; then
    awk '/^MemTotal:/ { printf "%d", $2 / 1024 }' /proc/meminfo
  elif command -v sysctl >/dev/null 2>&1; then
    sysctl -n hw.memsize 2>/dev/null | awk '{ printf "%d", $1 / 1048576 }'
  fi
}

# -Xmx for this machine: half its memory, so the OS, page cache and Spark's off-heap buffers keep
# the rest, and at most the cap: on Spark the job's memory is bounded, and a larger heap only lets
# garbage pile up before a collection, raising the process's footprint. 100k articles with
# near-duplicate flagging ran out of a 4 GiB heap (docs/BENCHMARKS.md), hence 6 GiB.
heap_option() {
  local cap_mib=$(( ${LOCAL_HEAP_CAP_GIB:-6} * 1024 )) physical heap
  physical="$(physical_mib)"
  if [ -z "$physical" ] || [ "$physical" -le 0 ]; then
    echo "heap: -Xmx${cap_mib}m (physical memory unknown; the cap)" >&2
    echo "-Xmx${cap_mib}m"
    return
  fi
  heap=$(( physical / 2 ))
  [ "$heap" -gt "$cap_mib" ] && heap="$cap_mib"
  echo "heap: -Xmx${heap}m (half of ${physical} MiB physical memory, at most ${cap_mib} MiB; JAVA_OPTS=-Xmx... overrides)" >&2
  echo "-Xmx${heap}m"
}

if needs_build; then
  echo "Building the job (mvn package, tests skipped)..." >&2
  mvn -q -B -f "$root/pom.xml" -DskipTests install >&2
fi

args=("$@")
if [ ${#args[@]} -eq 0 ]; then
  args=("--input=$root/seeds/")
fi
java_options="${JAVA_OPTS:-}"
case "$java_options" in
  *-Xmx*|*MaxRAMPercentage*|*MaxRAM=*) ;;
  *) java_options="$(heap_option) $java_options" ;;
esac
# Spark is not inside the bundled jar (a cluster provides it): local runs take the runtime that
# scripts/spark-assemble.sh puts together from Maven Central, so the job can choose Spark by input
# size, or run on it when --runner=SparkRunner asks.
source "$root/scripts/spark-env.sh"
"$root/scripts/spark-assemble.sh" >/dev/null
exec java $java_options $SPARK_JDK17_OPTIONS -cp "$jar:$SPARK_RUNTIME/jars/*" \
  org.corpusanalytics.pipeline.CorpusJob "${args[@]}"
