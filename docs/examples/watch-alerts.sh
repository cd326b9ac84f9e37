#!/usr/bin/env bash
# Watches a partner's alert queue over STOMP with nothing but bash: every alert document is printed as it
# arrives (the JSON body of each MESSAGE frame, one per line). Ctrl+C stops it.
#   docs/examples/watch-alerts.sh [HOST] [PORT] [USER] [PASSWORD]
# Defaults: the run command's embedded broker and the demo partner of Demo Trading Co.
# A partner reads only its own queue, deskline.alerts::partner.<user> (":" is escaped as "\c" in STOMP headers).
set -euo pipefail
host=${1:-127.0.0.1} port=${2:-61616} user=${3:-partner-demo} password=${4:-partner-demo-secret}
exec 3<>"/dev/tcp/$host/$port"
printf 'CONNECT\naccept-version:1.2\nhost:%s\nlogin:%s\npasscode:%s\nheart-beat:0,0\n\n\0' \
  "$host" "$user" "$password" >&3
printf 'SUBSCRIBE\nid:alerts\ndestination:deskline.alerts\\c\\cpartner.%s\nack:auto\n\n\0' \
  "$user" >&3
# frames end with NUL; print the body of MESSAGE frames, say why on ERROR
while IFS= read -r -d '' frame <&3; do
  frame=${frame#$'\n'}
  case "$frame" in
    MESSAGE*) printf '%s\n' "${frame#*$'\n\n'}" ;;
    ERROR*) printf 'broker refused: %s\n' "$frame" >&2; exit 1 ;;
  esac
done
