#!/usr/bin/env bash
# Alert delivery benchmark (issue 5): tickets opened over SOAP at sustained rates, their alerts read by a partner
# on its broker-filtered queue over STOMP; throughput and latency from commit to partner receipt. PostgreSQL
# (embedded binaries) and Deskline on 127.0.0.1, embedded broker. Writes bench/results/alerts-<date>.md.
# Run on purpose, never in CI.
#   bench/alert-run.sh [SECONDS] [RATE ...]     (defaults: 30 s at 10, 25 and 50 tickets/s)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/stack.sh
seconds=${1:-30}
shift || true
rates=${*:-10 25 50}
work=$(pwd)/web-module/target/bench-alerts
pg_port=25434 http_port=28082 broker_port=25618
start_stack "$work" "$pg_port" "$http_port" "$broker_port"
sleep 20 # demo partners are provisioned at start-up; let the JIT settle a little

out="bench/results/alerts-$(date -u +%Y%m%dT%H%MZ).md"
{ results_header "Alert delivery benchmark"; echo; } > "$out"
# shellcheck disable=SC2086
java bench/AlertBench.java "http://127.0.0.1:$http_port" "$broker_port" "$seconds" "$work/table.md" $rates
cat "$work/table.md" >> "$out"
echo "Results written to $out"
