#!/usr/bin/env bash
# SOAP benchmark: createTicket and getTicket at concurrency 1, 4 and 16 against Deskline on a real PostgreSQL
# (embedded binaries from Maven Central) with the embedded broker, everything on 127.0.0.1.
#   bench/run.sh [SECONDS_PER_STEP] [WARM_UP_SECONDS]   (defaults 15 and 60; writes bench/results/soap-<date>.md)
# Run on purpose; CI runs only its smoke mode (bench/smoke.sh). Needs JDK 17+ and Maven; builds the WAR first.
# BENCH_SERVER_OPTS adds JVM options to the server, e.g. "-XX:StartFlightRecording=filename=/tmp/bench.jfr" to profile
# (add -XX:FlightRecorderOptions=stackdepth=512: the default 64 frames cut most of a SOAP call's stack).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/stack.sh
seconds=${1:-15}
warm_up=${2:-60}
work=$(pwd)/web-module/target/bench
http_port=28080
start_stack "$work" 25432 "$http_port" 25616

out="$(results_dir)/soap-$(date -u +%Y%m%dT%H%MZ).md"
{
  results_header "SOAP benchmark"
  echo "Load: bench/SoapBench.java, ${warm_up} s warm-up, ${seconds} s per step, HTTP/1.1 keep-alive, Basic auth;"
  echo "every create goes to one project (DEMO-SHOP), so creates queue on that project's T9 lock: the worst case."
  echo
} > "$out"
java bench/SoapBench.java "http://127.0.0.1:$http_port" "$seconds" "$work/table.md" "$warm_up"
cat "$work/table.md" >> "$out"
echo "Results written to $out"
