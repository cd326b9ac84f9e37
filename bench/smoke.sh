#!/usr/bin/env bash
# Smoke run of every benchmark script (issue 15): the same scripts, tiny durations and sizes, results written to
# web-module/target/bench-smoke instead of bench/results. It proves the scripts still work from a fresh clone;
# its figures mean nothing. CI runs it after `mvn verify`; about 5 minutes on 2 cores. To save server starts, the
# scripts on the embedded broker measure one shared stack (BENCH_ATTACH, bench/stack.sh): the alert run first, while
# the partner's queue holds nothing else; the external-broker run starts its own.
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_RESULTS=web-module/target/bench-smoke
rm -rf "$BENCH_RESULTS"
source bench/stack.sh
build_stack
export BENCH_SKIP_BUILD=1
start_stack "$(pwd)/web-module/target/bench-smoke-stack" 25436 28084 25620
(
  export BENCH_ATTACH="25436 28084 25620"
  bench/alert-run.sh 3 5
  bench/run.sh 2 2
  bench/sla-run.sh 1000 5000 5
  bench/knowledge-run.sh 300 5
  BENCH_WARM_UP=5 bench/console-run.sh 2000 3
)
stop_stack
trap - EXIT
BENCH_BROKER=external bench/alert-run.sh 3 5

# each script wrote its table, every call succeeded and every alert it waited for arrived
result() {
  local file
  file=$(ls "$BENCH_RESULTS"/$1 2>/dev/null | head -1)
  [ -n "$file" ] || { echo "bench smoke: no $1 in $BENCH_RESULTS" >&2; exit 1; }
  echo "$file"
}
fail() {
  echo "bench smoke: $1" >&2
  cat "$2" >&2
  exit 1
}
soap=$(result 'soap-*.md')
# | operation | concurrency | calls | errors | ...: six steps, each with calls and no error
[ "$(awk -F'|' '$2 ~ /(create|get)Ticket/ && $4 + 0 > 0 && $5 + 0 == 0' "$soap" | wc -l)" = 6 ] \
  || fail "SOAP steps without calls or with errors" "$soap"
sla=$(result 'sla-*.md')
grep -q '| SLA_WARNING | 5 of 5 |' "$sla" && grep -q '| SLA_BREACHED | 5 of 5 |' "$sla" \
  || fail "SLA alerts missing" "$sla"
for alerts in "$(result 'alerts-*[0-9]Z.md')" "$(result 'alerts-*-external.md')"; do
  # | rate | tickets | alerts received | ...: every ticket's alert arrived
  [ "$(awk -F'|' '$2 + 0 == 5 && $3 + 0 > 0 && $3 + 0 == $4 + 0' "$alerts" | wc -l)" = 1 ] \
    || fail "alerts lost" "$alerts"
done
knowledge=$(result 'knowledge-*.md')
# | query | hits | calls | errors | ...: five queries, each called without error, the rare word found once
[ "$(awk -F'|' '$2 ~ /\(`/ && $4 + 0 > 0 && $5 + 0 == 0' "$knowledge" | wc -l)" = 5 ] \
  && grep -q '| rare word (one article) (`zzrare150`) | 1 |' "$knowledge" \
  || fail "knowledge searches failed" "$knowledge"
console=$(result 'console-*.md')
# | page | p50 ms | ...: the queue's pages, the ticket page and the dashboard, each answered (a failure stops the run)
[ "$(grep -c '^| \(queue\|ticket page\|dashboard\)' "$console")" -ge 10 ] || fail "console pages missing" "$console"
echo "bench smoke: 6 runs, every call answered and every alert received"
