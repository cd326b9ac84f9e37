# Shared by the benchmark scripts (source it): builds the WAR and starts PostgreSQL (embedded binaries) and
# Deskline with the demo data on loopback; stops both when the calling script exits.

# Builds the WAR and the test classes in one reactor (so a fresh clone needs nothing installed in ~/.m2) and writes
# web-module's test class path for the tools below. BENCH_SKIP_BUILD=1 reuses an earlier build (bench/smoke.sh).
build_stack() {
  if [ "${BENCH_SKIP_BUILD:-0}" = 1 ] && [ -f web-module/target/bench.classpath ]; then
    return 0
  fi
  mvn -q -DskipTests package dependency:build-classpath -pl ejb-module,web-module -am \
      -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
}

# Runs a class of web-module's test code (EmbeddedPostgres) or a bench tool with that class path.
stack_java() {
  java -cp "web-module/target/test-classes:web-module/target/classes:$(cat web-module/target/bench.classpath)" "$@"
}

# The server's heap and collector: what docs/operations.md recommends for one instance (BENCH_JVM_OPTS to try others).
server_jvm_opts() {
  echo "${BENCH_JVM_OPTS:--Xmx384m -XX:+UseSerialGC}"
}

# Where results go: bench/results, or BENCH_RESULTS (smoke runs write elsewhere).
results_dir() {
  echo "${BENCH_RESULTS:-bench/results}"
}

#   start_stack WORK_DIR PG_PORT HTTP_PORT BROKER_PORT
# BENCH_PREBOOT names another pre-boot command file (default config/payara/http2-off.asadmin), for experiments
# with the server's own settings (thread pools, listeners).
# T9's limit of active support tickets per project is lifted (all creates of bench/run.sh go to one project) unless
# BENCH_MAX_ACTIVE_SUPPORT names one (bench/mix-run.sh: 3, as shipped).
# With BENCH_ATTACH="PG_PORT HTTP_PORT BROKER_PORT" (bench/smoke.sh) nothing is started: the script measures the
# stack already running there, and its pg_port, http_port and broker_port are set to those ports.
start_stack() {
  if [ -n "${BENCH_ATTACH:-}" ]; then
    mkdir -p "$(results_dir)" "$1"
    read -r pg_port http_port broker_port <<< "$BENCH_ATTACH"
    return 0
  fi
  local work=$1 pg_port=$2 http_port=$3 broker_port=$4
  mkdir -p "$(results_dir)" "$work"
  build_stack
  stack_java org.deskline.testsupport.EmbeddedPostgres start "$work/postgresql" "$pg_port"
  stack_work=$work stack_pg_port=$pg_port
  trap stop_stack EXIT
  rm -rf "$work/data" "$work/micro-root"
  DESK_DEMO=true DESK_DEMO_HISTORY=false DESK_DATA_DIR="$work/data" DESK_BROKER_EMBEDDED_PORT=$broker_port \
  DESK_DB_DATASOURCE=org.postgresql.ds.PGSimpleDataSource \
  DESK_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/postgres" DESK_DB_USER=postgres DESK_DB_PASSWORD=postgres \
  DESK_TICKET_MAX_ACTIVE_SUPPORT=${BENCH_MAX_ACTIVE_SUPPORT:-100000000} \
    java $(server_jvm_opts) -Dcom.sun.xml.ws.monitoring.endpoint=false ${BENCH_SERVER_OPTS:-} \
      -jar web-module/target/it/payara-micro.jar --deploy web-module/target/deskline.war --contextroot / \
      --port "$http_port" --nocluster --prebootcommandfile "${BENCH_PREBOOT:-config/payara/http2-off.asadmin}" \
      --rootdir "$work/micro-root" > "$work/server.log" 2>&1 &
  stack_micro=$!
  for _ in $(seq 1 180); do
    grep -q ") ready in " "$work/server.log" 2>/dev/null && return 0
    kill -0 "$stack_micro" 2>/dev/null || { tail -50 "$work/server.log"; exit 1; }
    sleep 1
  done
  echo "the server did not start in 180 s" >&2
  exit 1
}

# Creates and starts an Artemis distribution broker (login required, user desk / desk-secret) on loopback:PORT;
# stopped with the stack.  start_artemis INSTANCE_DIR PORT
start_artemis() {
  local instance=$1 port=$2
  mkdir -p "$(dirname "$instance")"
  artemis_version=$(sed -n 's:.*<artemis.distribution.version>\(.*\)</artemis.distribution.version>.*:\1:p' \
      web-module/pom.xml)
  mvn -q -pl web-module dependency:unpack@unpack-artemis-distribution
  rm -rf "$instance"
  sh "web-module/target/it/artemis-dist/apache-artemis-$artemis_version/bin/artemis" create "$instance" \
      --user desk --password desk-secret --require-login --host 127.0.0.1 --default-port "$port" --no-web \
      --silent --no-autotune --no-hornetq-acceptor --no-mqtt-acceptor --no-amqp-acceptor --no-stomp-acceptor \
      > "$instance.create.log"
  run_artemis "$instance" "$port"
}

# Runs an existing broker instance (one start_artemis created, or one restored from a backup) and waits for its port.
#   run_artemis INSTANCE_DIR PORT
run_artemis() {
  local instance=$1 port=$2
  sh "$instance/bin/artemis" run >> "$instance.log" 2>&1 &
  stack_artemis=$!
  for _ in $(seq 1 60); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
    sleep 1
  done
  echo "the broker did not listen on $port in 60 s" >&2
  exit 1
}

stop_stack() {
  [ -n "${stack_micro:-}" ] && kill "$stack_micro" 2>/dev/null && wait "$stack_micro" 2>/dev/null || true
  if [ -n "${stack_artemis:-}" ]; then
    pkill -P "$stack_artemis" 2>/dev/null || true
    kill "$stack_artemis" 2>/dev/null || true
  fi
  stack_java org.deskline.testsupport.EmbeddedPostgres stop "$stack_work/postgresql" "$stack_pg_port" || true
}

# the header of a results file: machine and set-up
results_header() {
  echo "# $1 $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr), $(java -version 2>&1 | head -1)."
  echo "Server: Payara Micro 6.2025.10, $(server_jvm_opts)${MALLOC_ARENA_MAX:+ (MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX)}, PostgreSQL (embedded binaries) on loopback, ${BENCH_BROKER_TEXT:-embedded Artemis};"
  echo "the load generator on the same cores."
}
