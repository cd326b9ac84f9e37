#!/usr/bin/env bash
# SLA benchmark (S6): scheduler cost at 10,000 vs 1,000,000 open tickets, alert latency from an SLA moment to the
# broker with 1,000,000 open tickets, calendar computations per second. PostgreSQL (embedded binaries) and Deskline
# on 127.0.0.1, embedded broker. Writes bench/results/sla-<date>.md. Run on purpose; CI runs only its smoke mode.
#   bench/sla-run.sh [SMALL LARGE TICKETS]   (defaults 10000 1000000 150: open tickets of the two scheduler
#   measurements, tickets of the latency run)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/stack.sh
work=$(pwd)/web-module/target/bench-sla
pg_port=25433 http_port=28081 broker_port=25617
start_stack "$work" "$pg_port" "$http_port" "$broker_port"

out="$(results_dir)/sla-$(date -u +%Y%m%dT%H%MZ).md"
{ results_header "SLA benchmark"; echo; } > "$out"
stack_java bench/SlaBench.java \
    "jdbc:postgresql://127.0.0.1:$pg_port/postgres" "http://127.0.0.1:$http_port" "$broker_port" "$work/table.md" "$@"
cat "$work/table.md" >> "$out"
echo "Results written to $out"
