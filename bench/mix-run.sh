#!/usr/bin/env bash
# Issue 21, the realistic SOAP load: 200 organizations x 5 projects with an ERP client each, the limits as shipped,
# a mix of 10 % createTicket, 40 % getTicket, 25 % findTickets, 15 % addReply, 10 % getSlaStatus/getTicketHistory in
# closed loop (concurrency 1, 4, 16) and open loop (100, 300, 1,000 calls/s), then createTicket and getTicket alone
# (bench/MixBench.java); in the same run PostgreSQL's ceiling on this machine: pgbench writing the three rows a
# create needs (a ticket, its history entry, its alert in the outbox: copies of real rows into tables shaped and
# indexed like the real ones) against the same PostgreSQL, so every create figure is also a ratio. Also recorded:
# the server's "ready in" and its resident memory after the run. Everything on 127.0.0.1. Run on purpose, never in
# CI; about 12 minutes with the defaults. Needs pgbench (Debian: apt-get install postgresql-client).
#   bench/mix-run.sh [SECONDS_PER_STEP] [WARM_UP_SECONDS]   (defaults 20 and 90; writes bench/results/mix-<date>.md)
# The issue's memory figure is the resident size after 10 minutes of the mix: bench/mix-run.sh 20 380.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/stack.sh
seconds=${1:-20}
warm_up=${2:-90}
work=$(pwd)/web-module/target/bench-mix
pg_port=25439 http_port=28087 broker_port=25623
command -v pgbench > /dev/null && command -v psql > /dev/null \
  || { echo "pgbench and psql are missing (Debian: apt-get install postgresql-client)" >&2; exit 1; }
# pg_stat_statements: which statements a create costs PostgreSQL (MixBench lists them)
export BENCH_PG_OPTIONS="${BENCH_PG_OPTIONS:--c shared_preload_libraries=pg_stat_statements}"
BENCH_MAX_ACTIVE_SUPPORT=3 start_stack "$work" "$pg_port" "$http_port" "$broker_port"
jdbc="jdbc:postgresql://127.0.0.1:$pg_port/postgres"
ready=$(sed -n 's/.*) ready in \([0-9,]*\) (ms).*/\1/p' "$work/server.log" | head -1)
rss_ready=$(ps -o rss= -p "$stack_micro" | awk '{printf "%.0f", $1 / 1024}')

# PostgreSQL's ceiling: the three-row transaction of a create, on tables shaped like ticket, ticket_event and alert
ceiling() {
  local c=$1
  pgbench -n -h 127.0.0.1 -p "$pg_port" -U postgres -c "$c" -j "$c" -T "$seconds" \
      -f "$work/ceiling.sql" postgres 2>&1 | sed -n 's/^tps = \([0-9.]*\).*/\1/p'
}
cat > "$work/ceiling-setup.sql" <<'SQL'
drop table if exists ceiling_ticket, ceiling_event, ceiling_alert, ceiling_ticket_row, ceiling_event_row,
    ceiling_alert_row;
drop sequence if exists ceiling_seq;
create sequence ceiling_seq;
create table ceiling_ticket (like ticket including all);
create table ceiling_event (like ticket_event including all);
create table ceiling_alert (like alert including all);
create table ceiling_ticket_row as select * from ticket order by id limit 1;
create table ceiling_event_row as select * from ticket_event order by id limit 1;
create table ceiling_alert_row as select * from alert limit 1;
SQL
# the transaction, written out from one real row of each table (a jsonb copy in the statement itself cost 5 ms)
cat > "$work/ceiling-statements.sql" <<'SQL'
select 'insert into ' || tbl || ' (' || string_agg(quote_ident(key), ', ' order by key) || ') values ('
    || string_agg(case when key = 'id' and tbl = 'ceiling_alert' then 'gen_random_uuid()::text'
                       when key = 'id' then 'nextval(''ceiling_seq'')'
                       when key = 'ticket_id' and tbl = 'ceiling_event' then 'currval(''ceiling_seq'') - 1'
                       when key = 'title' then '''Ceiling ticket '' || :n'
                       when key = 'title_key' then '''ceiling ticket '' || :n'
                       else coalesce(quote_literal(value #>> '{}'), 'null') end, ', ' order by key) || ');'
from (select 'ceiling_ticket' tbl, to_jsonb(t) j from ceiling_ticket_row t
      union all select 'ceiling_event', to_jsonb(e) from ceiling_event_row e
      union all select 'ceiling_alert', to_jsonb(a) from ceiling_alert_row a) r, jsonb_each(r.j)
group by tbl order by case tbl when 'ceiling_ticket' then 1 when 'ceiling_event' then 2 else 3 end;
SQL

out="$(results_dir)/mix-$(date -u +%Y%m%dT%H%MZ).md"
{
  results_header "Realistic SOAP mix"
  echo
  echo "Load: bench/MixBench.java, ${warm_up} s warm-up of the mix at c=4, then ${seconds} s per step; HTTP/1.1"
  echo "keep-alive, Basic auth, one ERP client per organization; limits as shipped (T9: 3 active support tickets per"
  echo "project). Payara Micro ready in ${ready} ms (demo data, no demo history)."
  echo
} > "$out"
# the CPU each step costs: the server's process and PostgreSQL's (its postmaster and backends)
pg_dir=/tmp/deskline-postgresql-$pg_port
[ -f "$pg_dir/data/postmaster.pid" ] || pg_dir=$work/postgresql
pg_pid=$(head -1 "$pg_dir/data/postmaster.pid")
mix_started=$(date +%s)
stack_java bench/MixBench.java "$jdbc" "http://127.0.0.1:$http_port" "$work/table.md" "$warm_up" "$seconds" \
    "$stack_micro" "$pg_pid"
rss=$(ps -o rss= -p "$stack_micro" | awk '{printf "%.0f", $1 / 1024}')
mix_minutes=$(( ($(date +%s) - mix_started + 30) / 60 ))
# the collector's work over the whole run (young and full collections, their pause time)
gc=$(jstat -gcutil "$stack_micro" 2>/dev/null | awk 'NR == 2 { printf "%s young collections (%.1f s), %s full (%.1f s)", $7, $8, $9, $10 }')

# the ceiling after the mix, against the same PostgreSQL (its tables now hold the mix's tickets and rows to copy)
export PGPASSWORD=postgres
psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U postgres -f "$work/ceiling-setup.sql" postgres
{
  echo '\set n random(1, 1000000000)'
  echo 'begin;'
  psql -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U postgres -f "$work/ceiling-statements.sql" postgres
  echo 'commit;'
} > "$work/ceiling.sql"
declare -A tps
for c in 1 4 16; do
  tps[$c]=$(ceiling "$c")
  echo "PostgreSQL ceiling c=$c: ${tps[$c]} tx/s" >&2
done
{
  cat "$work/table.md"
  echo
  echo "PostgreSQL's ceiling (pgbench, the three-row transaction of a create, ${seconds} s each, same PostgreSQL):"
  echo
  echo "| concurrency | tx/s | createTicket only, calls/s | share of the ceiling |"
  echo "|---|---|---|---|"
  for c in 1 4 16; do
    creates=$(sed -n "s/^| createTicket only, c=$c | createTicket | [0-9]* | \([0-9]*\) |.*/\1/p" "$work/table.md")
    share=$(awk -v a="${creates:-0}" -v b="${tps[$c]:-0}" 'BEGIN { if (b > 0) printf "%.1f %%", 100 * a / b }')
    echo "| $c | ${tps[$c]} | ${creates} | ${share} |"
  done
  echo
  echo "Resident memory of the server: ${rss_ready} MiB when ready, ${rss} MiB after ${mix_minutes} minutes of the"
  echo "benchmark (setting up the 200 organizations, then the SOAP load). Garbage collection since the start: ${gc:-unknown}."
} >> "$out"
echo "Results written to $out"
