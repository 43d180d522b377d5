#!/usr/bin/env bash
# Runs the corpus job on this machine (Beam DirectRunner unless --runner says otherwise).
# Builds the bundled jar first when it is missing or older than the sources.
# With no arguments: reads the project's seeds/ and writes ./output/.
# Any arguments are passed to the job; see: scripts/run-local.sh --help
# --runner=SparkRunner --sparkMaster=local[N] runs on Spark in this JVM.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/pipeline/target/corpus-analytics-$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p;' "$root/pom.xml" | head -1).jar"

needs_build() {
  [ ! -f "$jar" ] && return 0
  [ -n "$(find "$root/pom.xml" "$root/transforms" "$root/pipeline" -newer "$jar" \
      \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) -print -quit)" ]
}

if needs_build; then
  echo "Building the job (mvn package, tests skipped)..." >&2
  mvn -q -B -f "$root/pom.xml" -DskipTests install >&2
fi

args=("$@")
if [ ${#args[@]} -eq 0 ]; then
  args=("--input=$root/seeds/")
fi
# Spark is not inside the bundled jar (a cluster provides it): local Spark runs take the runtime
# that scripts/spark-assemble.sh puts together from Maven Central.
if printf '%s\n' "${args[@]}" | grep -q -- '^--runner=\(org.apache.beam.runners.spark.\)\?SparkRunner$'; then
  source "$root/scripts/spark-env.sh"
  "$root/scripts/spark-assemble.sh" >&2
  exec java ${JAVA_OPTS:--Xmx8g} $SPARK_JDK17_OPTIONS -cp "$jar:$SPARK_RUNTIME/jars/*" \
    org.corpusanalytics.pipeline.CorpusJob "${args[@]}"
fi
exec java ${JAVA_OPTS:--Xmx8g} -jar "$jar" "${args[@]}"
