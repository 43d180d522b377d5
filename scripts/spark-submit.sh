#!/usr/bin/env bash
# Submits the bundled job jar to Spark with spark-submit: the user's own $SPARK_HOME/bin/spark-submit
# when there is one, else the one a pip-installed pyspark 3.5.x ships (the project's .venv, or
# python3's), else the runtime assembled by scripts/spark-assemble.sh; SPARK_DISTRIBUTION=home, pip
# or assembled picks one (scripts/spark-env.sh).
#   scripts/spark-submit.sh [--master URL] [other spark-submit options] -- [job options]
# Default master: the local cluster of scripts/spark-cluster.sh. The job runs with
# --runner=SparkRunner; pass job options such as --input, --output and --parallelism after "--".
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/spark-env.sh"
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p;' "$root/pom.xml" | head -1)
jar="$root/pipeline/target/corpus-analytics-$version.jar"
[ -f "$jar" ] || mvn -q -B -f "$root/pom.xml" -DskipTests install

submit_args=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do submit_args+=("$1"); shift; done
[ "${1:-}" = "--" ] && shift
job_args=("$@")
printf '%s\n' "${submit_args[@]}" | grep -q -- '^--master' || submit_args=(--master "$MASTER_URL" "${submit_args[@]}")

conf=(--conf "spark.driver.extraJavaOptions=$SPARK_JDK17_OPTIONS"
      --conf "spark.executor.extraJavaOptions=$SPARK_JDK17_OPTIONS")
spark_distribution
if [ -n "$SPARK_DIST_HOME" ]; then
  SPARK_HOME="$SPARK_DIST_HOME" exec "$SPARK_DIST_HOME/bin/spark-submit" "${conf[@]}" "${submit_args[@]}" \
    --class org.corpusanalytics.pipeline.CorpusJob "$jar" --runner=SparkRunner "${job_args[@]}"
fi
[ -f "$SPARK_RUNTIME/jars/spark-core_2.12-$SPARK_VERSION.jar" ] || "$root/scripts/spark-assemble.sh" >&2
SPARK_HOME="$SPARK_RUNTIME" exec java -Xmx2g $SPARK_JDK17_OPTIONS -cp "$SPARK_RUNTIME/jars/*" \
  org.apache.spark.deploy.SparkSubmit "${conf[@]}" "${submit_args[@]}" \
  --class org.corpusanalytics.pipeline.CorpusJob "$jar" --runner=SparkRunner "${job_args[@]}"
