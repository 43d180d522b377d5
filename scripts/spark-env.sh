# Shared settings of the Spark scripts; sourced, not run.
# SPARK_RUNTIME: where scripts/spark-assemble.sh puts the Spark jars (jars/), and where the local
# cluster keeps its PID files (run/), logs (logs/) and work directories (work/).
# SPARK_DISTRIBUTION: which Spark spark-submit.sh and spark-cluster.sh run (see spark_distribution).
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

# The pyspark package directory of a pip-installed pyspark of this Spark line (3.5.x), which is a
# whole Spark distribution (bin/, jars/): from the project's .venv, else python3 on PATH.
pip_spark_home() {
  local python
  for python in "$root/.venv/bin/python" python3; do
    command -v "$python" >/dev/null 2>&1 || continue
    "$python" - "$SPARK_VERSION" 2>/dev/null <<'PY' && return 0
import importlib.metadata, importlib.util, os, sys
if importlib.metadata.version("pyspark").split(".")[:2] != sys.argv[1].split(".")[:2]:
    sys.exit(1)
print(os.path.dirname(importlib.util.find_spec("pyspark").origin))
PY
  done
  return 1
}

# Sets SPARK_DIST (home, pip or assembled) and SPARK_DIST_HOME (empty for assembled) from
# SPARK_DISTRIBUTION: "home" is $SPARK_HOME; "pip" the distribution `pip install pyspark==3.5.x`
# ships; "assembled" the runtime scripts/spark-assemble.sh builds from Maven Central. Unset, the
# first of the three that is there.
spark_distribution() {
  SPARK_DIST="${SPARK_DISTRIBUTION:-}"
  SPARK_DIST_HOME=""
  if [ -z "$SPARK_DIST" ]; then
    if [ -n "${SPARK_HOME:-}" ] && [ -x "$SPARK_HOME/bin/spark-submit" ]; then SPARK_DIST=home
    elif SPARK_DIST_HOME=$(pip_spark_home); then SPARK_DIST=pip
    else SPARK_DIST=assembled
    fi
  fi
  case "$SPARK_DIST" in
    home)
      [ -n "${SPARK_HOME:-}" ] && [ -x "$SPARK_HOME/bin/spark-submit" ] \
        || { echo "SPARK_DISTRIBUTION=home, but \$SPARK_HOME/bin/spark-submit is missing" >&2; return 1; }
      SPARK_DIST_HOME="$SPARK_HOME" ;;
    pip)
      [ -n "$SPARK_DIST_HOME" ] || SPARK_DIST_HOME=$(pip_spark_home) || {
        echo "SPARK_DISTRIBUTION=pip, but no pyspark $SPARK_VERSION is installed; set it up with:" \
          "python3 -m venv .venv && .venv/bin/pip install -r notebooks/requirements.txt" >&2; return 1; } ;;
    assembled) ;;
    *) echo "SPARK_DISTRIBUTION must be home, pip or assembled, not '$SPARK_DIST'" >&2; return 1 ;;
  esac
}
