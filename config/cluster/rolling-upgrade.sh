#!/usr/bin/env bash
# Issue 22, run by hand: a rolling upgrade from the previous release to this build, on one PostgreSQL and one Artemis
# broker, everything on 127.0.0.1 (ports of config/cluster/start.sh):
#   1. instance 1 runs the previous release (OLD_COMMIT, built from git) and creates the schema it knows;
#   2. instance 2 starts with this build and migrates the schema while instance 1 keeps serving: both are checked;
#   3. instance 1 is killed (SIGKILL) and starts again with the previous release, now on the newer schema: checked;
#   4. instance 1 is replaced by this build (upgrade done): checked.
# Each check (config/cluster/RollingUpgradeCheck.java): on each instance a ticket created and replied to, both tickets
# read back on both instances with both replies, a staff sign-in, each TICKET_CREATED alert once.
# Writes bench/results/rolling-upgrade-<date>.md; exits 1 when a check failed.
#   config/cluster/rolling-upgrade.sh [OLD_COMMIT]
# OLD_COMMIT defaults to the commit before the newest migration was added (the release one schema behind).
set -euo pipefail
cd "$(dirname "$0")/../.."
CLUSTER_SOURCED=1 source config/cluster/start.sh
newest_migration=$(git log -1 --format=%H --diff-filter=A -- ejb-module/src/main/resources/db)
old=$(git rev-parse "${1:-$newest_migration^}")
new=$(git rev-parse HEAD)$(git diff --quiet HEAD -- . ':!bench/results' || echo " (with uncommitted changes)")

rm -rf "$cluster_work" && mkdir -p "$cluster_work"
build_stack
old_src="$cluster_work/previous-release"
mkdir -p "$old_src"
git archive "$old" | tar -x -C "$old_src"
echo "building the previous release $old in $old_src"
(cd "$old_src" && mvn -q -B -DskipTests package -pl web-module -am)
old_war="$old_src/web-module/target/deskline.war"

stack_java org.deskline.testsupport.EmbeddedPostgres start "$cluster_work/postgresql" "$CLUSTER_PG"
stack_work=$cluster_work stack_pg_port=$CLUSTER_PG
trap stop_cluster EXIT
start_artemis "$cluster_work/broker" "$CLUSTER_BROKER"

mkdir -p "$(results_dir)"
out="$(results_dir)/rolling-upgrade-$(date -u +%Y%m%dT%H%MZ).md"
report="$cluster_work/report.md"
failed=0
# newest_migration SOURCE_DIR: the highest migration version in a source tree
newest_migration() {
  ls "$1"/ejb-module/src/main/resources/db/migration "$1"/ejb-module/src/main/resources/db/vendor/postgresql \
    | sed -n 's/^V\([0-9]*\)__.*/\1/p' | sort -n | tail -1
}
# check STAGE: RollingUpgradeCheck against instances 1 and 2
check() {
  stack_java config/cluster/RollingUpgradeCheck.java "$1" "jdbc:postgresql://127.0.0.1:$CLUSTER_PG/postgres" \
    "tcp://127.0.0.1:$CLUSTER_BROKER" "$report" "http://127.0.0.1:$((CLUSTER_FRONT + 1))" \
    "http://127.0.0.1:$((CLUSTER_FRONT + 2))" || failed=1
}
# replace_instance1 WAR [SIGNAL]: stops instance 1 (SIGTERM, or SIGKILL) and starts it with WAR
replace_instance1() {
  kill "-${2:-TERM}" "${cluster_pids[1]}"
  wait "${cluster_pids[1]}" 2>/dev/null || true
  start_instance 1 "$1"
  await_instance 1
}

start_instance 1 "$old_war"
await_instance 1
start_instance 2
await_instance 2
check "1: previous release (instance 1) and this build (instance 2), the schema just migrated"
replace_instance1 "$old_war" KILL
check "2: previous release killed and started again on the newer schema, next to this build"
replace_instance1 web-module/target/deskline.war
check "3: both instances on this build"

{
  echo "# Rolling upgrade $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr), $(java -version 2>&1 | head -1)."
  echo "Previous release: $old, schema V$(newest_migration "$old_src"): $(git log -1 --format=%s "$old" | cut -c1-80)..."
  echo "This build: $new, schema V$(newest_migration .)."
  echo "Two Payara Micro instances (-Xmx640m) on one PostgreSQL (embedded binaries) and one Artemis broker, on loopback;"
  echo "config/cluster/rolling-upgrade.sh."
  echo
  echo "| stage | schema in the database | what was done on both instances | result |"
  echo "|---|---|---|---|"
  cat "$report"
} > "$out"
cat "$out"
echo "Results written to $out"
exit $failed
