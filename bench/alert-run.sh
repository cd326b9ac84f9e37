#!/usr/bin/env bash
# Alert delivery benchmark (issue 5): tickets opened over SOAP at sustained rates, their alerts read by a partner
# on its broker-filtered queue over STOMP; throughput and latency from commit to partner receipt. PostgreSQL
# (embedded binaries) and Deskline on 127.0.0.1, with the embedded broker or (BENCH_BROKER=external) the Artemis
# distribution from Maven Central in its own process, Deskline provisioning the partner there.
# Writes bench/results/alerts-<date>[-external].md. Run on purpose; CI runs only its smoke mode (bench/smoke.sh).
#   [BENCH_BROKER=external] bench/alert-run.sh [SECONDS] [RATE ...]   (defaults: 30 s at 10, 25 and 50 tickets/s)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/stack.sh
seconds=${1:-30}
shift || true
rates=${*:-10 25 50}
work=$(pwd)/web-module/target/bench-alerts
pg_port=25434 http_port=28082 broker_port=25618
suffix=""
if [ "${BENCH_BROKER:-embedded}" = external ]; then
  suffix="-external"
  start_artemis "$work/artemis" "$broker_port"
  export DESK_BROKER_URL="tcp://127.0.0.1:$broker_port" DESK_BROKER_USER=desk DESK_BROKER_PASSWORD=desk-secret
  BENCH_BROKER_TEXT="the Artemis distribution $artemis_version (separate JVM, default broker.xml)"
fi
# the embedded broker (default mode) listens where AlertBench reads; with an external one it is not started
start_stack "$work" "$pg_port" "$http_port" "$broker_port"
[ -n "${BENCH_ATTACH:-}" ] || sleep 20 # demo partners are provisioned at start-up; let the JIT settle a little

out="$(results_dir)/alerts-$(date -u +%Y%m%dT%H%MZ)$suffix.md"
{ results_header "Alert delivery benchmark"; echo; } > "$out"
# shellcheck disable=SC2086
java bench/AlertBench.java "http://127.0.0.1:$http_port" "$broker_port" "$seconds" "$work/table.md" $rates
cat "$work/table.md" >> "$out"
echo "Results written to $out"
