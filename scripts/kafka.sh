#!/usr/bin/env bash
# Runs real Apache Kafka in KRaft mode: a single node on 127.0.0.1:9092, or a three-broker cluster.
#
#   bash scripts/kafka.sh fetch    # fetch the jars only (start does it too when it starts a broker)
#   bash scripts/kafka.sh start    # reuse a broker already on :9092, else start one
#   bash scripts/kafka.sh stop     # stop the broker started by this script (frees :9092)
#   bash scripts/kafka.sh status   # print whether it runs (exit 0 if a broker answers)
#
#   bash scripts/kafka.sh cluster start [N]   # start the cluster's nodes that do not run (or node N only)
#   bash scripts/kafka.sh cluster stop [N]    # stop every node (or node N only)
#   bash scripts/kafka.sh cluster status      # a line per node (exit 0 if all three answer)
#   bash scripts/kafka.sh cluster brokers     # the bootstrap list, for KAFKA_BROKERS
#
# Jars come from Maven (kafka/pom.xml -> kafka/lib/). State lives in $KAFKA_DATA_DIR
# (default <repo>/var/kafka): the generated server.properties, the formatted storage
# (data/), server.log, stdout.log and kafka.pid. Storage is formatted once, so topics
# survive stop + start.
#
# The cluster: three nodes, each broker and controller (the quorum survives one node down), in
# $KAFKA_CLUSTER_DIR/node-1 … node-3 (default <repo>/var/kafka-cluster), node N on broker port
# KAFKA_CLUSTER_BASE_PORT + 2(N-1) and controller port one above (default base 29092: 29092-29097,
# clear of the single broker). Replication factor 3 and min.insync.replicas 2 for every topic.
#
# Environment: KAFKA_DATA_DIR, KAFKA_PORT (default 9092), KAFKA_CONTROLLER_PORT (default 9093)
# (a second broker for a fault test: its own data dir and ports), KAFKA_CLUSTER_DIR,
# KAFKA_CLUSTER_BASE_PORT, KAFKA_HEAP_OPTS (default -Xms256m -Xmx512m; -Xms128m -Xmx256m per
# cluster node), KAFKA_JVM_OPTS (extra JVM flags), KAFKA_START_TIMEOUT (s, default 120),
# KAFKA_STOP_TIMEOUT (s, default 30).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
KAFKA_DIR="$ROOT/kafka"
LIB_DIR="$KAFKA_DIR/lib"
HOST=127.0.0.1
START_TIMEOUT="${KAFKA_START_TIMEOUT:-120}"
STOP_TIMEOUT="${KAFKA_STOP_TIMEOUT:-30}"
CLUSTER_DIR="${KAFKA_CLUSTER_DIR:-$ROOT/var/kafka-cluster}"
CLUSTER_BASE_PORT="${KAFKA_CLUSTER_BASE_PORT:-29092}"
CLUSTER_NODES=(1 2 3)

log() { echo "[kafka.sh] $*" >&2; }

# The node the functions below act on: the single broker, or one node of the cluster.
use_single() {
  DATA_DIR="${KAFKA_DATA_DIR:-$ROOT/var/kafka}"
  PORT="${KAFKA_PORT:-9092}"
  CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
  NODE_ID=1
  VOTERS="1@$HOST:$CONTROLLER_PORT"
  REPLICATION_FACTOR=1
  MIN_INSYNC_REPLICAS=1
  HEAP="${KAFKA_HEAP_OPTS:--Xms256m -Xmx512m}"
  CLUSTER_ID_FILE="$DATA_DIR/cluster.id"
}

cluster_port() { echo $((CLUSTER_BASE_PORT + 2 * ($1 - 1))); }

use_node() {
  local n
  DATA_DIR="$CLUSTER_DIR/node-$1"
  PORT="$(cluster_port "$1")"
  CONTROLLER_PORT=$((PORT + 1))
  NODE_ID="$1"
  VOTERS=""
  for n in "${CLUSTER_NODES[@]}"; do VOTERS+="${VOTERS:+,}$n@$HOST:$(($(cluster_port "$n") + 1))"; done
  REPLICATION_FACTOR=3
  MIN_INSYNC_REPLICAS=2
  HEAP="${KAFKA_HEAP_OPTS:--Xms128m -Xmx256m}"
  CLUSTER_ID_FILE="$CLUSTER_DIR/cluster.id"
}

absolute_data_dir() {
  mkdir -p "$DATA_DIR"
  DATA_DIR="$(cd "$DATA_DIR" && pwd)"
  PROPS="$DATA_DIR/server.properties"
  PID_FILE="$DATA_DIR/kafka.pid"
  SERVER_LOG="$DATA_DIR/server.log"
  STDOUT_LOG="$DATA_DIR/stdout.log"
}

# True if something accepts TCP connections on host:port.
port_open() {
  timeout 2 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null
}

# True if a Kafka broker answers on $HOST:$PORT: sends an ApiVersions v0 request
# (correlation id 42, client id "parley") and checks the response header.
kafka_answers() {
  local reply
  reply="$(timeout 5 bash -c "
    exec 3<>/dev/tcp/$HOST/$PORT || exit 1
    printf '\x00\x00\x00\x10\x00\x12\x00\x00\x00\x00\x00\x2a\x00\x06parley' >&3
    head -c 10 <&3 | od -An -tx1
  " 2>/dev/null | tr -d ' \n')" || return 1
  # size (4 bytes, any) + correlation id 0000002a + error code 0000
  [[ "${reply:8:12}" == "0000002a0000" ]]
}

# Pid of the broker started by this script for this data dir, if it still runs.
broker_pid() {
  local pid cmd
  if [[ -f "$PID_FILE" ]]; then
    pid="$(cat "$PID_FILE" 2>/dev/null || true)"
    if [[ "$pid" =~ ^[0-9]+$ ]] && [[ -r "/proc/$pid/cmdline" ]]; then
      cmd="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null || true)"
      if [[ "$cmd" == *kafka.Kafka*"$PROPS"* ]]; then
        echo "$pid"
        return 0
      fi
    fi
  fi
  return 1
}

print_logs() {
  local f
  for f in "$SERVER_LOG" "$STDOUT_LOG"; do
    if [[ -s "$f" ]]; then
      echo "----- last lines of $f -----" >&2
      tail -n 40 "$f" >&2
    fi
  done
}

# Fetches the jars once. Tests start brokers of their own in parallel, so the fetch holds a lock and
# marks the directory complete only at the end: nobody copies over a fetch in progress or uses half of one.
ensure_jars() {
  local complete="$LIB_DIR/.complete"
  [[ -f "$complete" ]] && return 0
  command -v mvn >/dev/null || { log "mvn not found: cannot fetch the Kafka jars"; exit 1; }
  command -v java >/dev/null || { log "java not found"; exit 1; }
  (
    flock 8
    [[ -f "$complete" ]] && exit 0
    log "fetching Kafka jars with Maven into kafka/lib ..."
    mvn -B -q -f "$KAFKA_DIR/pom.xml" dependency:copy-dependencies -DoutputDirectory="$LIB_DIR" >&2
    touch "$complete"
  ) 8>"$KAFKA_DIR/.lib.lock"
}

write_config() {
  mkdir -p "$DATA_DIR/data"
  local tmp="$PROPS.tmp"
  # '|' as sed delimiter; escape '&', '\' and '|' in the path.
  local escaped
  escaped="$(printf '%s' "$DATA_DIR/data" | sed -e 's/[\\&|]/\\&/g')"
  sed -e "s|@KAFKA_LOG_DIRS@|$escaped|" -e "s|@PORT@|$PORT|g" -e "s|@CONTROLLER_PORT@|$CONTROLLER_PORT|g" \
    -e "s|@NODE_ID@|$NODE_ID|" -e "s|@CONTROLLER_QUORUM_VOTERS@|$VOTERS|" \
    -e "s|@REPLICATION_FACTOR@|$REPLICATION_FACTOR|g" -e "s|@MIN_INSYNC_REPLICAS@|$MIN_INSYNC_REPLICAS|g" \
    "$KAFKA_DIR/server.properties" >"$tmp"
  mv "$tmp" "$PROPS"
}

format_storage() {
  if [[ -f "$DATA_DIR/data/meta.properties" ]]; then
    return 0
  fi
  local id
  if [[ -s "$CLUSTER_ID_FILE" ]]; then
    id="$(cat "$CLUSTER_ID_FILE")"
  else
    id="$(java -cp "$LIB_DIR/*" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n 1)"
    [[ -n "$id" ]] || { log "kafka.tools.StorageTool random-uuid printed nothing"; exit 1; }
    echo "$id" >"$CLUSTER_ID_FILE"
  fi
  log "formatting storage in $DATA_DIR/data (cluster id $id)"
  java -cp "$LIB_DIR/*" -Dlog4j.configuration="file:$KAFKA_DIR/log4j.properties" \
    -Dkafka.logs.dir="$DATA_DIR" \
    kafka.tools.StorageTool format -t "$id" -c "$PROPS" --ignore-formatted >&2
}

# Launches the node in the background and sets AWAIT_PID to its pid; a node whose port already
# answers is reused (AWAIT_PID empty). The caller holds the start lock on fd 9.
launch() {
  AWAIT_PID=""
  if kafka_answers; then
    log "a Kafka broker already answers on $HOST:$PORT; reusing it"
    return 0
  fi
  local pid
  if pid="$(broker_pid)"; then
    log "broker pid $pid is running but does not answer; stopping it first"
    stop_node
  fi
  if port_open "$HOST" "$PORT"; then
    log "something that is not a Kafka broker listens on $HOST:$PORT"
    exit 1
  fi
  if port_open "$HOST" "$CONTROLLER_PORT"; then
    log "port $CONTROLLER_PORT (KRaft controller) is already in use"
    exit 1
  fi

  # Fresh log files, so that the readiness check only sees this run's lines.
  [[ -f "$SERVER_LOG" ]] && mv -f "$SERVER_LOG" "$SERVER_LOG.prev"
  [[ -f "$STDOUT_LOG" ]] && mv -f "$STDOUT_LOG" "$STDOUT_LOG.prev"

  ensure_jars
  write_config
  format_storage

  # shellcheck disable=SC2086 # heap and extra opts are word lists on purpose
  setsid nohup java $HEAP ${KAFKA_JVM_OPTS:-} \
    -server -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true \
    -Dlog4j.configuration="file:$KAFKA_DIR/log4j.properties" \
    -Dkafka.logs.dir="$DATA_DIR" \
    -cp "$LIB_DIR/*" kafka.Kafka "$PROPS" \
    >"$STDOUT_LOG" 2>&1 </dev/null 9>&- &
  AWAIT_PID=$!
  echo "$AWAIT_PID" >"$PID_FILE"
  log "started broker pid $AWAIT_PID; waiting up to ${START_TIMEOUT}s for $HOST:$PORT"
}

# Waits until the launched node (pid $1, started at second $2) serves clients.
await_ready() {
  local pid="$1" started="$2"
  while ((SECONDS - started < START_TIMEOUT)); do
    if ! kill -0 "$pid" 2>/dev/null; then
      log "broker exited during startup"
      rm -f "$PID_FILE"
      print_logs
      exit 1
    fi
    if grep -q 'Kafka Server started' "$SERVER_LOG" 2>/dev/null && kafka_answers; then
      log "Kafka is up on $HOST:$PORT (pid $pid, $((SECONDS - started))s)"
      return 0
    fi
    sleep 0.5
  done
  log "broker did not become ready within ${START_TIMEOUT}s"
  print_logs
  exit 1
}

cmd_start() {
  use_single
  if kafka_answers; then
    log "a Kafka broker already answers on $HOST:$PORT; reusing it"
    return 0
  fi
  if port_open "$HOST" "$PORT"; then
    log "something that is not a Kafka broker listens on $HOST:$PORT"
    exit 1
  fi
  absolute_data_dir
  # Serialise concurrent starts (e.g. npm start and a test run at the same time).
  exec 9>"$DATA_DIR/.start.lock"
  flock 9
  local started=$SECONDS
  launch
  [[ -z "$AWAIT_PID" ]] || await_ready "$AWAIT_PID" "$started"
}

# Sends SIGTERM to the node's broker; sets AWAIT_PID to its pid (empty when none runs).
signal_node() {
  AWAIT_PID=""
  local pid
  if ! pid="$(broker_pid)"; then
    rm -f "$PID_FILE"
    if kafka_answers; then
      log "no broker started by this script for $DATA_DIR (something else serves $HOST:$PORT)"
    else
      log "no broker running for $DATA_DIR"
    fi
    return 0
  fi
  log "stopping broker pid $pid"
  kill -TERM "$pid" 2>/dev/null || true
  AWAIT_PID="$pid"
}

# Waits for the signalled broker (pid $1, signalled at second $2) to exit, killing it after STOP_TIMEOUT.
await_stopped() {
  local pid="$1" started="$2"
  while kill -0 "$pid" 2>/dev/null && ((SECONDS - started < STOP_TIMEOUT)); do
    sleep 0.2
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "broker did not stop within ${STOP_TIMEOUT}s; sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  fi
  rm -f "$PID_FILE"
  # Make sure the listener is really gone before returning.
  local waited=0
  while port_open "$HOST" "$PORT" && ((waited < 50)); do sleep 0.2; waited=$((waited + 1)); done
  if port_open "$HOST" "$PORT"; then
    log "broker stopped but $HOST:$PORT still accepts connections"
    exit 1
  fi
  log "stopped (${HOST}:${PORT} free after $((SECONDS - started))s)"
}

stop_node() {
  local started=$SECONDS
  signal_node
  [[ -z "$AWAIT_PID" ]] || await_stopped "$AWAIT_PID" "$started"
}

# Prints the node's state; returns 0 when it answers.
node_status() {
  local pid
  if pid="$(broker_pid)"; then
    if kafka_answers; then
      echo "running (pid $pid, $HOST:$PORT, data $DATA_DIR)"
    else
      echo "starting or unhealthy (pid $pid, $HOST:$PORT not answering)"
      return 1
    fi
  elif kafka_answers; then
    echo "running (a broker not started by this script answers on $HOST:$PORT)"
  else
    echo "not running"
    return 3
  fi
}

# The cluster's nodes a command acts on: node $1 only, or all.
selected_nodes() {
  if [[ -z "${1:-}" ]]; then
    echo "${CLUSTER_NODES[@]}"
  elif [[ " ${CLUSTER_NODES[*]} " == *" $1 "* ]]; then
    echo "$1"
  else
    log "no cluster node $1 (nodes: ${CLUSTER_NODES[*]})"
    exit 2
  fi
}

# Runs $1 (launch or signal_node) on each of the nodes $3, then $2 (await_ready or await_stopped) on
# each that left a pid to await. A quorum of controllers must be up before any node's broker starts,
# and one by one the last nodes to stop would wait for a quorum to leave: all act, then all are awaited.
on_nodes_together() {
  local act="$1" await="$2" n started=$SECONDS
  local -A pending=()
  for n in $3; do
    use_node "$n"
    absolute_data_dir
    "$act"
    [[ -z "$AWAIT_PID" ]] || pending[$n]="$AWAIT_PID"
  done
  for n in "${!pending[@]}"; do
    use_node "$n"
    absolute_data_dir
    "$await" "${pending[$n]}" "$started"
  done
}

cluster_start() {
  local nodes
  nodes="$(selected_nodes "${1:-}")"
  mkdir -p "$CLUSTER_DIR"
  exec 9>"$CLUSTER_DIR/.start.lock"
  flock 9
  on_nodes_together launch await_ready "$nodes"
}

cluster_stop() {
  local nodes
  nodes="$(selected_nodes "${1:-}")"
  on_nodes_together signal_node await_stopped "$nodes"
}

cluster_status() {
  local n line failed=0
  for n in "${CLUSTER_NODES[@]}"; do
    use_node "$n"
    absolute_data_dir
    line="$(node_status)" || failed=1
    echo "node $n: $line"
  done
  return "$failed"
}

cluster_brokers() {
  local n list=""
  for n in "${CLUSTER_NODES[@]}"; do list+="${list:+,}$HOST:$(cluster_port "$n")"; done
  echo "$list"
}

cmd_cluster() {
  case "${1:-}" in
    start) cluster_start "${2:-}" ;;
    stop) cluster_stop "${2:-}" ;;
    status) cluster_status ;;
    brokers) cluster_brokers ;;
    *)
      echo "usage: $0 cluster {start|stop|status|brokers} [node]" >&2
      exit 2
      ;;
  esac
}

single() {
  use_single
  absolute_data_dir
  "$@"
}

case "${1:-}" in
  fetch) ensure_jars ;;
  start) cmd_start ;;
  stop) single stop_node ;;
  status) single node_status ;;
  restart) single stop_node && cmd_start ;;
  cluster) cmd_cluster "${2:-}" "${3:-}" ;;
  *)
    echo "usage: $0 {fetch|start|stop|status|restart} | $0 cluster {start|stop|status|brokers} [node]" >&2
    exit 2
    ;;
esac
