# Shared settings of the Spark scripts; sourced, not run.
# SPARK_RUNTIME: where scripts/spark-assemble.sh puts the Spark jars (jars/), and where the local
# cluster keeps its PID files (run/), logs (logs/) and work directories (work/).
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SPARK_RUNTIME="${SPARK_RUNTIME:-$root/target/spark-runtime}"
SPARK_VERSION=3.5.7
export SPARK_SCALA_VERSION=2.12            # executors launched without Spark's shell scripts need it
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"   # bind to loopback, not the machine's address
MASTER_HOST="${MASTER_HOST:-127.0.0.1}"
MASTER_PORT="${MASTER_PORT:-7077}"
MASTER_WEBUI_PORT="${MASTER_WEBUI_PORT:-8080}"
WORKER_WEBUI_PORT="${WORKER_WEBUI_PORT:-8081}"   # worker i uses WORKER_WEBUI_PORT + i - 1
WORKER_CORES="${WORKER_CORES:-1}"
WORKER_MEMORY="${WORKER_MEMORY:-2g}"
# Spark on JDK 17 needs these (the list of Spark's launcher, JavaModuleOptions).
SPARK_JDK17_OPTIONS="-XX:+IgnoreUnrecognizedVMOptions --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false"
MASTER_URL="spark://$MASTER_HOST:$MASTER_PORT"
