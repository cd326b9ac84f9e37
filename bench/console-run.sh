#!/usr/bin/env bash
# Issue 20, the console at a million tickets: loads TICKETS tickets into PostgreSQL (embedded binaries) behind
# Deskline with the demo data, then measures the server's answer time of the queue (first page, built-in filters, word
# searches, each sortable column), a ticket with 200 messages and the dashboard for a signed-in manager
# (bench/ConsoleBench.java). Everything on 127.0.0.1. Writes bench/results/console-<date>.md. Run on purpose, never in
# CI; the load takes a few minutes and the database stays in web-module/target/bench-console/postgresql: a second
# run finds the tickets there and skips the load (delete that directory for a fresh load).
#   [BENCH_WARM_UP=SECONDS] bench/console-run.sh [TICKETS] [CALLS]   (defaults 1000000 and 30; warm-up 90 s)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/stack.sh
tickets=${1:-1000000}
calls=${2:-30}
work=$(pwd)/web-module/target/bench-console
pg_port=25437 http_port=28085 broker_port=25621
start_stack "$work" "$pg_port" "$http_port" "$broker_port"

out="$(results_dir)/console-$(date -u +%Y%m%dT%H%MZ).md"
{ results_header "Console benchmark"; echo; } > "$out"
stack_java bench/ConsoleBench.java "jdbc:postgresql://127.0.0.1:$pg_port/postgres" "http://127.0.0.1:$http_port" \
    "$tickets" "$calls" "$work/table.md" "${BENCH_WARM_UP:-90}"
cat "$work/table.md" >> "$out"
echo "Results written to $out"
