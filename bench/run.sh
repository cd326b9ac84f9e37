#!/usr/bin/env bash
# SOAP benchmark: createTicket and getTicket at concurrency 1, 4 and 16 against Deskline on a real PostgreSQL
# (embedded binaries from Maven Central) with the embedded broker, everything on 127.0.0.1.
#   bench/run.sh [SECONDS_PER_STEP] [WARM_UP_SECONDS]   (defaults 15 and 60; writes bench/results/soap-<date>.md)
# Run on purpose, never in CI. Needs JDK 17+ and Maven; builds the WAR first.
# BENCH_SERVER_OPTS adds JVM options to the server, e.g. "-XX:StartFlightRecording=filename=/tmp/bench.jfr" to profile.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-15}
warm_up=${2:-60}
work=$(pwd)/web-module/target/bench
pg_port=25432 http_port=28080 broker_port=25616
mkdir -p bench/results "$work"

mvn -q -DskipTests package -pl ejb-module,web-module -am
mvn -q -pl web-module exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=org.deskline.testsupport.EmbeddedPostgres -Dexec.args="start $work/postgresql $pg_port"

cleanup() {
  [ -n "${micro:-}" ] && kill "$micro" 2>/dev/null && wait "$micro" 2>/dev/null || true
  mvn -q -pl web-module exec:java -Dexec.classpathScope=test \
      -Dexec.mainClass=org.deskline.testsupport.EmbeddedPostgres -Dexec.args="stop $work/postgresql $pg_port" || true
}
trap cleanup EXIT

rm -rf "$work/data" "$work/micro-root"
DESK_DEMO=true DESK_DATA_DIR="$work/data" DESK_BROKER_EMBEDDED_PORT=$broker_port \
DESK_DB_DATASOURCE=org.postgresql.ds.PGSimpleDataSource \
DESK_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/postgres" DESK_DB_USER=postgres DESK_DB_PASSWORD=postgres \
DESK_TICKET_MAX_ACTIVE_SUPPORT=100000000 \
  java -Xmx1g -Dcom.sun.xml.ws.monitoring.endpoint=false ${BENCH_SERVER_OPTS:-} -jar web-module/target/it/payara-micro.jar \
    --deploy web-module/target/deskline.war --contextroot / --port $http_port --nocluster \
    --rootdir "$work/micro-root" > "$work/server.log" 2>&1 &
micro=$!
for _ in $(seq 1 180); do
  grep -q ") ready in " "$work/server.log" 2>/dev/null && break
  kill -0 "$micro" 2>/dev/null || { tail -50 "$work/server.log"; exit 1; }
  sleep 1
done

out="bench/results/soap-$(date -u +%Y%m%dT%H%MZ).md"
{
  echo "# SOAP benchmark $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr), $(java -version 2>&1 | head -1)."
  echo "Server: Payara Micro 6.2025.10, -Xmx1g, PostgreSQL (embedded binaries) on loopback, embedded Artemis."
  echo "Load: bench/SoapBench.java on the same machine, ${warm_up} s warm-up, ${seconds} s per step, HTTP/1.1 keep-alive, Basic auth;"
  echo "every create goes to one project (DEMO-SHOP), so creates queue on that project's T9 lock: the worst case."
  echo
} > "$out"
java bench/SoapBench.java "http://127.0.0.1:$http_port" "$seconds" "$work/table.md" "$warm_up"
cat "$work/table.md" >> "$out"
echo "Results written to $out"
