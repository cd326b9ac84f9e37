#!/usr/bin/env bash
# K1 search benchmark (issue 19): searchArticles over SOAP on N published articles in three languages.
# PostgreSQL (embedded binaries) and Deskline on 127.0.0.1. Writes bench/results/knowledge-<date>.md. Run on
# purpose; CI runs only its smoke mode (bench/smoke.sh).
#   bench/knowledge-run.sh [ARTICLES] [CALLS]   (defaults 10000 articles, 200 calls per query)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/stack.sh
work=$(pwd)/web-module/target/bench-knowledge
pg_port=25435 http_port=28083 broker_port=25619
start_stack "$work" "$pg_port" "$http_port" "$broker_port"

out="$(results_dir)/knowledge-$(date -u +%Y%m%dT%H%MZ).md"
{ results_header "Knowledge base search benchmark"; echo; } > "$out"
stack_java bench/KnowledgeBench.java \
    "jdbc:postgresql://127.0.0.1:$pg_port/postgres" "http://127.0.0.1:$http_port" "$work/table.md" "$@"
cat "$work/table.md" >> "$out"
echo "Results written to $out"
