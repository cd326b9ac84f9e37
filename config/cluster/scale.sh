#!/usr/bin/env bash
# Issue 22, run by hand: the SOAP benchmark (bench/SoapBench.java: createTicket and getTicket at concurrency 1, 4
# and 16) through HAProxy with 1, 2 and 3 instances of config/cluster/start.sh, each set-up started fresh, with the
# CPU time each instance spent per call. Writes bench/results/scale-<date>.md.
#   config/cluster/scale.sh [SECONDS_PER_STEP] [WARM_UP_SECONDS]   (defaults 15 and 60)
set -euo pipefail
cd "$(dirname "$0")/../.."
CLUSTER_SOURCED=1 source config/cluster/start.sh
seconds=${1:-15}
warm_up=${2:-60}
ticks=$(getconf CLK_TCK)
mkdir -p "$(results_dir)"
out="$(results_dir)/scale-$(date -u +%Y%m%dT%H%MZ).md"
{
  echo "# Scaling through HAProxy $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr), $(java -version 2>&1 | head -1)."
  echo "HAProxy $(haproxy -v | head -1 | awk '{print $3}'), N Payara Micro instances (-Xmx640m) on one PostgreSQL (embedded"
  echo "binaries) and one Artemis broker, the load generator (bench/SoapBench.java, ${warm_up} s warm-up run first, ${seconds} s a step,"
  echo "every create to DEMO-SHOP) on the same cores: all on the one 2-core machine."
  echo
} > "$out"
# the CPU time (ms) a process has used
cpu_ms() {
  awk -v t="$ticks" '{ print int(($14 + $15) * 1000 / t) }' "/proc/$1/stat"
}
for n in 1 2 3; do
  start_cluster "$n"
  # warm-up alone first, so the CPU counted below is that of the measured calls only
  java bench/SoapBench.java "http://127.0.0.1:$CLUSTER_FRONT" 1 "$cluster_work/warm-up.md" "$warm_up" > /dev/null
  declare -A before=()
  for i in $(seq 1 "$n"); do before[$i]=$(cpu_ms "${cluster_pids[$i]}"); done
  java bench/SoapBench.java "http://127.0.0.1:$CLUSTER_FRONT" "$seconds" "$cluster_work/table.md" 0
  calls=$(awk -F'|' 'NR > 2 { s += $4 } END { print s }' "$cluster_work/table.md")
  {
    echo "## $n instance(s)"
    echo
    cat "$cluster_work/table.md"
    echo
    printf "CPU per call, over the %d measured calls:" "$calls"
    for i in $(seq 1 "$n"); do
      used=$(( $(cpu_ms "${cluster_pids[$i]}") - before[$i] ))
      printf " instance %d %s ms;" "$i" "$(awk -v u="$used" -v c="$calls" 'BEGIN { printf "%.2f", u / c }')"
    done
    echo
    echo
  } >> "$out"
  stop_cluster
  trap - EXIT
  cluster_pids=()
  unset cluster_haproxy stack_artemis
done
echo "Results written to $out"
