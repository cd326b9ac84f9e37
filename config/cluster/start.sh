#!/usr/bin/env bash
# Starts a Deskline cluster on this machine, everything on 127.0.0.1: PostgreSQL (embedded binaries), an Artemis
# broker (the distribution from Maven Central), N Payara Micro instances of the WAR on that database and broker, and
# HAProxy in front of them, health-checked on /health/ready. Demo data (the README's accounts).
#   config/cluster/start.sh [N]        (default 3; Ctrl+C stops everything)
# Needs JDK 17+, Maven and HAProxy (Debian: apt-get install haproxy). Ports: balancer 29400, instances 29401-294NN,
# PostgreSQL 29432, broker 29616. Work files under web-module/target/cluster.
# Sourced by config/cluster/kill-test.sh (CLUSTER_SOURCED=1), which uses start_cluster and its variables.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/stack.sh

CLUSTER_FRONT=29400
CLUSTER_PG=${CLUSTER_PG:-29432}
CLUSTER_BROKER=29616
cluster_work=${CLUSTER_WORK:-$(pwd)/web-module/target/cluster}
cluster_pids=()

# start_instance I [WAR]: the I-th Payara Micro (1-based), on port 29400+I, with this build's WAR or the one given
# (config/cluster/rolling-upgrade.sh starts the previous release's); its files start afresh (its data directory
# stays with CLUSTER_KEEP_DATA=1: config/backup/restore-drill.sh puts a restored secret key there), its log goes on.
start_instance() {
  local i=$1 war=${2:-web-module/target/deskline.war} dir="$cluster_work/instance-$1"
  rm -rf "$dir/micro-root"
  [ "${CLUSTER_KEEP_DATA:-0}" = 1 ] || rm -rf "$dir/data"
  mkdir -p "$dir"
  DESK_DEMO=true DESK_DEMO_HISTORY=false DESK_DATA_DIR="$dir/data" \
  DESK_DB_DATASOURCE=org.postgresql.ds.PGSimpleDataSource \
  DESK_DB_URL="jdbc:postgresql://127.0.0.1:$CLUSTER_PG/postgres" DESK_DB_USER=postgres DESK_DB_PASSWORD=postgres \
  DESK_BROKER_URL="tcp://127.0.0.1:$CLUSTER_BROKER" DESK_BROKER_USER=desk DESK_BROKER_PASSWORD=desk-secret \
  DESK_TICKET_MAX_ACTIVE_SUPPORT=100000000 \
    java -Xmx640m -Dcom.sun.xml.ws.monitoring.endpoint=false \
      -jar web-module/target/it/payara-micro.jar --deploy "$war" --contextroot / \
      --port $((CLUSTER_FRONT + i)) --nocluster --prebootcommandfile config/payara/http-loopback.asadmin \
      --rootdir "$dir/micro-root" >> "$dir/server.log" 2>&1 &
  cluster_pids[$i]=$!
}

# await_instance I: waits until the I-th instance answers /health/ready with 200 (at most 240 s)
await_instance() {
  local i=$1
  for _ in $(seq 1 240); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$((CLUSTER_FRONT + i))/health/ready")" = 200 ]; then
      return 0
    fi
    kill -0 "${cluster_pids[$i]}" 2>/dev/null || { tail -40 "$cluster_work/instance-$i/server.log"; exit 1; }
    sleep 1
  done
  echo "instance $i was not ready in 240 s" >&2
  exit 1
}

stop_cluster() {
  [ -n "${cluster_haproxy:-}" ] && kill "$cluster_haproxy" 2>/dev/null || true
  for pid in "${cluster_pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${cluster_pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  stop_stack
}

#   start_cluster N
start_cluster() {
  local n=$1
  command -v haproxy > /dev/null || { echo "HAProxy is not installed (Debian: apt-get install haproxy)" >&2; exit 1; }
  rm -rf "$cluster_work" && mkdir -p "$cluster_work"
  build_stack
  stack_java org.deskline.testsupport.EmbeddedPostgres start "$cluster_work/postgresql" "$CLUSTER_PG"
  stack_work=$cluster_work stack_pg_port=$CLUSTER_PG
  trap stop_cluster EXIT
  start_artemis "$cluster_work/broker" "$CLUSTER_BROKER"
  # the first instance migrates the schema and writes the demo data alone; the others start on both at once
  start_instance 1
  await_instance 1
  for i in $(seq 2 "$n"); do
    start_instance "$i"
  done
  for i in $(seq 2 "$n"); do
    await_instance "$i"
  done
  local servers=""
  for i in $(seq 1 "$n"); do
    servers+="    server s$i 127.0.0.1:$((CLUSTER_FRONT + i)) check cookie s$i"$'\n'
  done
  awk -v front="$CLUSTER_FRONT" -v servers="$servers" \
      '$0 == "@SERVERS@" { printf "%s", servers; next } { gsub("@FRONT@", front); print }' \
      config/cluster/haproxy.cfg.in > "$cluster_work/haproxy.cfg"
  haproxy -f "$cluster_work/haproxy.cfg" -db > "$cluster_work/haproxy.log" 2>&1 &
  cluster_haproxy=$!
  for _ in $(seq 1 30); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$CLUSTER_FRONT/health/ready")" = 200 ] && return 0
    sleep 1
  done
  echo "HAProxy did not answer on $CLUSTER_FRONT" >&2
  exit 1
}

if [ "${CLUSTER_SOURCED:-0}" != 1 ]; then
  n=${1:-3}
  start_cluster "$n"
  echo "Deskline on http://127.0.0.1:$CLUSTER_FRONT/ (HAProxy) with $n instances (ports $((CLUSTER_FRONT + 1))-$((CLUSTER_FRONT + n)))," \
       "PostgreSQL on $CLUSTER_PG, Artemis on tcp://127.0.0.1:$CLUSTER_BROKER (desk / desk-secret). Ctrl+C stops all."
  wait "$cluster_haproxy"
fi
