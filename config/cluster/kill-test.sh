#!/usr/bin/env bash
# Issue 22, run by hand: starts the cluster of config/cluster/start.sh with 3 instances, runs SOAP load and a console
# session through HAProxy, kills one instance with SIGKILL in the middle and checks that nothing was lost or doubled
# (config/cluster/ClusterCheck.java says what exactly). Writes bench/results/cluster-<date>.md.
#   config/cluster/kill-test.sh [SECONDS]   (default 45)
set -euo pipefail
cd "$(dirname "$0")/../.."
CLUSTER_SOURCED=1 source config/cluster/start.sh
seconds=${1:-45}
start_cluster 3
mkdir -p "$(results_dir)"
out="$(results_dir)/cluster-$(date -u +%Y%m%dT%H%MZ).md"
{
  echo "# Cluster kill test $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr), $(java -version 2>&1 | head -1)."
  echo "Cluster: HAProxy $(haproxy -v | head -1 | awk '{print $3}') on 127.0.0.1:$CLUSTER_FRONT, 3 Payara Micro instances (-Xmx640m) on one"
  echo "PostgreSQL (embedded binaries) and one Artemis broker (distribution, CORE), all on loopback, with the load"
  echo "generator on the same cores; the instances had just started (cold JIT). config/cluster/kill-test.sh $seconds."
  echo
} > "$out"
pids=$(IFS=,; echo "${cluster_pids[*]}")
stack_java config/cluster/ClusterCheck.java "http://127.0.0.1:$CLUSTER_FRONT" \
  "jdbc:postgresql://127.0.0.1:$CLUSTER_PG/postgres" "tcp://127.0.0.1:$CLUSTER_BROKER" "$seconds" "$pids" \
  "$cluster_work/report.md"
cat "$cluster_work/report.md" >> "$out"
echo "Results written to $out"
