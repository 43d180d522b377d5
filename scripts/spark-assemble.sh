#!/usr/bin/env bash
# Assembles a Spark runtime (SPARK_RUNTIME/jars, default target/spark-runtime) from Maven Central,
# with the dependency versions a Spark 3.5.7 distribution ships. Idempotent.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/spark-env.sh"
if [ -f "$SPARK_RUNTIME/jars/spark-core_2.12-$SPARK_VERSION.jar" ]; then
  echo "Spark $SPARK_VERSION runtime already assembled in $SPARK_RUNTIME"
  exit 0
fi
mkdir -p "$SPARK_RUNTIME/jars"
mvn -q -B -f "$root/scripts/spark/pom.xml" dependency:copy-dependencies \
  -DincludeScope=runtime -DoutputDirectory="$SPARK_RUNTIME/jars"
echo "Spark $SPARK_VERSION runtime assembled in $SPARK_RUNTIME ($(ls "$SPARK_RUNTIME/jars" | wc -l) jars)"
