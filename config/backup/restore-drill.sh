#!/usr/bin/env bash
# Issue 22, run by hand: the backup and restore runbook of docs/operations.md ("Backup and restore"), tried end to
# end on 127.0.0.1 with Debian's PostgreSQL 15 (pg_dump and pg_restore come with it; the embedded binaries the tests
# use have none) and the Artemis distribution as external broker:
#   1. Deskline runs on PostgreSQL A and the broker; 10 tickets are opened (reply and attachment each); their alerts
#      wait in the partner's queue, which nobody reads.
#   2. The broker stops; 5 more tickets are opened: their alerts wait in the outbox, in the database.
#   3. Backup, as the runbook says: pg_dump while Deskline runs; the stopped broker's instance directory; the secret key.
#   4. Disaster: Deskline killed (SIGKILL), database cluster, broker and data directory deleted.
#   5. Restore, as the runbook says, on a new database cluster B; Deskline starts on it.
#   6. Checked (config/backup/RestoreDrillCheck.java): all 15 tickets with title, reply and attachment; the partner
#      reads each ticket's TICKET_CREATED alert exactly once: 10 kept by the broker, 5 sent from the restored outbox.
# Writes bench/results/restore-drill-<date>.md; exits 1 when a check failed. Needs JDK 17+, Maven and
# apt-get install postgresql-15 (or PG_BIN pointing to PostgreSQL 15+ binaries: initdb, pg_ctl, pg_dump, pg_restore).
#   config/backup/restore-drill.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
PG_PORT=29532 BROKER_PORT=29616 HTTP_PORT=29401
work=$(pwd)/web-module/target/restore-drill
CLUSTER_SOURCED=1 CLUSTER_PG=$PG_PORT CLUSTER_WORK=$work
source config/cluster/start.sh # start_instance, await_instance; and bench/stack.sh
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
for tool in initdb pg_ctl pg_dump pg_restore; do
  [ -x "$PG_BIN/$tool" ] || { echo "$PG_BIN/$tool missing: apt-get install postgresql-15 (or set PG_BIN)" >&2; exit 1; }
done
pg_root=/tmp/deskline-restore-drill # PostgreSQL refuses root: as root its files belong to 'nobody'
backup=$work/backup
rm -rf "$work" "$pg_root" && mkdir -p "$work" "$backup" "$pg_root"
build_stack

# as_postgres CMD...: runs a PostgreSQL server tool as 'nobody' when this script runs as root
as_postgres() {
  if [ "$(id -u)" = 0 ]; then
    setpriv --reuid=65534 --regid=65534 --clear-groups -- "$@"
  else
    "$@"
  fi
}
# new_cluster NAME: an empty PostgreSQL cluster on PG_PORT (trust on loopback, superuser postgres), started
new_cluster() {
  local data="$pg_root/$1"
  [ "$(id -u)" = 0 ] && chown 65534:65534 "$pg_root"
  as_postgres "$PG_BIN/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --no-locale > "$work/initdb-$1.log"
  as_postgres "$PG_BIN/pg_ctl" -D "$data" -o "-p $PG_PORT -k $pg_root -c listen_addresses=127.0.0.1" \
      -l "$pg_root/$1.log" -w start > /dev/null
  pg_data=$data
}
stop_cluster_pg() {
  [ -n "${pg_data:-}" ] && as_postgres "$PG_BIN/pg_ctl" -D "$pg_data" -m fast -w stop > /dev/null 2>&1 || true
}
# Deskline is config/cluster/start.sh's instance 1 (port 29401) on this drill's database, files under $work
start_deskline() {
  start_instance 1
  await_instance 1
  deskline=${cluster_pids[1]}
}
stop_broker() {
  pkill -P "$stack_artemis" 2>/dev/null || true
  kill "$stack_artemis" 2>/dev/null || true
  wait "$stack_artemis" 2>/dev/null || true
  stack_artemis=""
}
cleanup() {
  [ -n "${deskline:-}" ] && kill -9 "$deskline" 2>/dev/null || true
  [ -n "${stack_artemis:-}" ] && stop_broker
  stop_cluster_pg
}
trap cleanup EXIT
check() {
  stack_java config/backup/RestoreDrillCheck.java "$@"
}
base="http://127.0.0.1:$HTTP_PORT"
tag="drill-$(date -u +%H%M%S)"
ids=$work/ids.txt

# 1. running, 10 tickets whose alerts wait in the partner's queue
new_cluster a
start_artemis "$work/broker" "$BROKER_PORT"
start_deskline
check create "$base" "$tag" 10 "$ids"
# 2. the broker stops: 5 tickets whose alerts wait in the outbox
stop_broker
check create "$base" "$tag" 5 "$ids"
check pending "jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" 5

# 3. the runbook's backup
t0=$(date +%s%N)
"$PG_BIN/pg_dump" -h 127.0.0.1 -p $PG_PORT -U postgres -Fc -f "$backup/deskline.dump" postgres
t_dump=$(( ($(date +%s%N) - t0) / 1000000 ))
tar -C "$work" -czf "$backup/broker.tgz" broker # stopped broker: its whole instance directory
# the secret key, if the server made one (apart from the data backups in real life; DESK_SECRET_KEY in production)
[ ! -f "$work/instance-1/data/secret.key" ] || install -m 600 "$work/instance-1/data/secret.key" "$backup/secret.key"

# 4. disaster
kill -9 "$deskline" && wait "$deskline" 2>/dev/null || true
deskline=""
stop_cluster_pg
rm -rf "$pg_root/a" "$work/broker" "$work/instance-1"

# 5. the runbook's restore: an empty database, pg_restore, the broker's directory, the key; then Deskline
new_cluster b
t0=$(date +%s%N)
"$PG_BIN/pg_restore" -h 127.0.0.1 -p $PG_PORT -U postgres -d postgres --no-owner --exit-on-error \
    "$backup/deskline.dump"
t_restore=$(( ($(date +%s%N) - t0) / 1000000 ))
tar -C "$work" -xzf "$backup/broker.tgz"
run_artemis "$work/broker" "$BROKER_PORT"
mkdir -p "$work/instance-1/data"
[ ! -f "$backup/secret.key" ] || install -m 600 "$backup/secret.key" "$work/instance-1/data/secret.key"
CLUSTER_KEEP_DATA=1 start_deskline

# 6. checks
mkdir -p "$(results_dir)"
out="$(results_dir)/restore-drill-$(date -u +%Y%m%dT%H%MZ).md"
report=$work/report.md
{
  echo "- backup: pg_dump -Fc of the running server $t_dump ms ($(du -h "$backup/deskline.dump" | cut -f1)),"
  echo "  the stopped broker's directory $(du -h "$backup/broker.tgz" | cut -f1); restore: pg_restore $t_restore ms"
} > "$report"
failed=0
check verify "$base" "tcp://127.0.0.1:$BROKER_PORT" "$tag" "$ids" "$report" || failed=1
{
  echo "# Backup and restore drill $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr), $(java -version 2>&1 | head -1)."
  echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') (Debian), Artemis $artemis_version (distribution), one Payara Micro instance,"
  echo "on loopback; build $(git rev-parse --short HEAD); config/backup/restore-drill.sh."
  echo "10 tickets (reply, attachment) with their alerts waiting in the partner's queue, then 5 more while the broker"
  echo "was down (alerts waiting in the outbox); backup; SIGKILL; database, broker and data directory deleted; restore."
  echo
  cat "$report"
} > "$out"
cat "$out"
echo "Results written to $out"
exit $failed
