#!/usr/bin/env bash
# A standalone Spark cluster on loopback: one master and N workers, from the Spark distribution
# scripts/spark-env.sh picks ($SPARK_HOME, else a pip-installed pyspark 3.5.x, else the runtime
# assembled from Maven Central; SPARK_DISTRIBUTION=home, pip or assembled picks one).
#   scripts/spark-cluster.sh start [WORKERS]   (default 2; idempotent: running daemons are kept)
#   scripts/spark-cluster.sh stop              (idempotent)
#   scripts/spark-cluster.sh status
#   scripts/spark-cluster.sh kill-worker N     (stops worker N abruptly, as a machine loss would)
# Ports and sizes come from the environment: MASTER_PORT (7077), MASTER_WEBUI_PORT (8080),
# WORKER_WEBUI_PORT (8081, then +1 per worker), WORKER_CORES (1), WORKER_MEMORY (2g).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/spark-env.sh"
run="$SPARK_RUNTIME/run"
logs="$SPARK_RUNTIME/logs"
mkdir -p "$run" "$logs" "$SPARK_RUNTIME/work"

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

require_free_port() {
  if port_in_use "$1"; then
    echo "spark-cluster: port $1 ($2) is already in use on 127.0.0.1; set $3 to another port" >&2
    exit 1
  fi
}

wait_for_port() {
  for _ in $(seq 1 60); do
    port_in_use "$1" && return 0
    sleep 1
  done
  echo "spark-cluster: $2 did not open port $1 within 60 s; see $logs" >&2
  exit 1
}

daemon() {   # name pid-file class args...
  local name=$1 pid_file=$2 class=$3
  shift 3
  if [ -n "$SPARK_DIST_HOME" ]; then
    # spark-class execs the daemon's JVM, so the PID is the daemon's.
    SPARK_HOME="$SPARK_DIST_HOME" SPARK_DAEMON_MEMORY=512m SPARK_DAEMON_JAVA_OPTS="$SPARK_JDK17_OPTIONS" \
      nohup "$SPARK_DIST_HOME/bin/spark-class" "$class" "$@" > "$logs/$name.log" 2>&1 &
  else
    SPARK_HOME="$SPARK_RUNTIME" nohup java -Xmx512m $SPARK_JDK17_OPTIONS -cp "$SPARK_RUNTIME/jars/*" \
      "$class" "$@" > "$logs/$name.log" 2>&1 &
  fi
  echo $! > "$pid_file"
}

start() {
  local workers=${1:-2}
  spark_distribution
  if [ "$SPARK_DIST" = assembled ]; then
    [ -f "$SPARK_RUNTIME/jars/spark-core_2.12-$SPARK_VERSION.jar" ] || "$root/scripts/spark-assemble.sh"
  fi
  if alive "$run/master.pid"; then
    echo "master already running (pid $(cat "$run/master.pid"))"
  else
    require_free_port "$MASTER_PORT" "master" MASTER_PORT
    require_free_port "$MASTER_WEBUI_PORT" "master web UI" MASTER_WEBUI_PORT
    daemon master "$run/master.pid" org.apache.spark.deploy.master.Master \
      --host "$MASTER_HOST" --port "$MASTER_PORT" --webui-port "$MASTER_WEBUI_PORT"
    wait_for_port "$MASTER_PORT" "the master"
    echo "master started: $MASTER_URL (web UI http://$MASTER_HOST:$MASTER_WEBUI_PORT; Spark: $SPARK_DIST)"
  fi
  for i in $(seq 1 "$workers"); do
    local pid_file="$run/worker-$i.pid" ui_port=$((WORKER_WEBUI_PORT + i - 1))
    if alive "$pid_file"; then
      echo "worker $i already running (pid $(cat "$pid_file"))"
      continue
    fi
    require_free_port "$ui_port" "worker $i web UI" WORKER_WEBUI_PORT
    daemon "worker-$i" "$pid_file" org.apache.spark.deploy.worker.Worker \
      --host "$MASTER_HOST" --webui-port "$ui_port" --cores "$WORKER_CORES" --memory "$WORKER_MEMORY" \
      --work-dir "$SPARK_RUNTIME/work/worker-$i" "$MASTER_URL"
    wait_for_port "$ui_port" "worker $i"
    echo "worker $i started (web UI http://$MASTER_HOST:$ui_port)"
  done
}

stop_daemon() {
  local pid_file=$1
  if alive "$pid_file"; then
    local pid
    pid=$(cat "$pid_file")
    kill "$pid"
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
    echo "stopped $(basename "$pid_file" .pid)"
  fi
  rm -f "$pid_file"
}

stop() {
  for pid_file in "$run"/worker-*.pid; do [ -e "$pid_file" ] && stop_daemon "$pid_file"; done
  stop_daemon "$run/master.pid"
}

status() {
  for pid_file in "$run"/master.pid "$run"/worker-*.pid; do
    [ -e "$pid_file" ] || continue
    if alive "$pid_file"; then echo "$(basename "$pid_file" .pid): running (pid $(cat "$pid_file"))";
    else echo "$(basename "$pid_file" .pid): not running"; fi
  done
}

kill_worker() {
  local pid_file="$run/worker-$1.pid"
  alive "$pid_file" || { echo "spark-cluster: worker $1 is not running" >&2; exit 1; }
  pkill -9 -P "$(cat "$pid_file")" 2>/dev/null || true   # its executors
  kill -9 "$(cat "$pid_file")"
  rm -f "$pid_file"
  echo "killed worker $1"
}

case "${1:-}" in
  start) start "${2:-2}" ;;
  stop) stop ;;
  status) status ;;
  kill-worker) kill_worker "${2:?worker number}" ;;
  *) echo "usage: $0 start [WORKERS] | stop | status | kill-worker N" >&2; exit 2 ;;
esac
