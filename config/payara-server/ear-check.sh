#!/usr/bin/env bash
# Deploys the EAR on a full Payara Server in a throw-away domain, or stops that domain.
#   ear-check.sh start|stop PAYARA_HOME PORTBASE EAR WORKDIR
# The domain gets its own ports (PORTBASE+48 admin, +80 HTTP) so it never collides with a running demo.
# The DESK_* environment of this script reaches the server (start-domain passes it on).
set -euo pipefail
action=$1 home=$2 portbase=$3 ear=$4 work=$5
asadmin="$home/bin/asadmin"
domain=deskline-check
admin_port=$((portbase + 48))

case "$action" in
  start)
    chmod +x "$home/bin/"* "$home/glassfish/bin/"*
    mkdir -p "$work"
    "$asadmin" stop-domain --domaindir "$work/domains" "$domain" >/dev/null 2>&1 || true
    rm -rf "$work/domains" "$work/data"
    "$asadmin" --user admin --passwordfile /dev/null create-domain --nopassword=true \
      --domaindir "$work/domains" --portbase "$portbase" "$domain"
    "$asadmin" start-domain --domaindir "$work/domains" "$domain"
    "$asadmin" --port "$admin_port" deploy --name deskline "$ear" || {
      echo "---- server.log (tail) ----"; tail -n 120 "$work/domains/$domain/logs/server.log"; exit 1; }
    "$asadmin" --port "$admin_port" list-applications
    ;;
  stop)
    "$asadmin" stop-domain --domaindir "$work/domains" "$domain" || true
    ;;
esac
