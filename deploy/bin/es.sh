# shellcheck shell=bash
# Elasticsearch, single node on 127.0.0.1, security off. Its home in $RUNTIME stays read-only: each
# instance gets its own copy of the config folder (ES writes its keystore there), data, logs and tmp
# under $STATE/es. Runs as the service user when ddd runs as root.

ES_STATE=$STATE/es
ES_CLUSTER=ddd${INSTANCE_SUFFIX}
ES_LOG=$LOGS/es.log                       # launcher console output
ES_SERVER_LOG=$ES_STATE/logs/$ES_CLUSTER.log  # the server's own log
ES_PIDFILE=$RUN/es.pid

es_external() { [ -n "$ES_URL_EXTERNAL" ]; }

es_pid() { pid_from_file "$ES_PIDFILE" org.elasticsearch; }

es_ready() { [ "$(http_status "$ES_PORT" '/_cluster/health?wait_for_status=yellow&timeout=1s')" = 200 ]; }

# Alive while the launcher (it exits once the daemonised node is up) or the node itself runs.
es_alive() { { [ -n "${ES_LAUNCHER_PID:-}" ] && kill -0 "$ES_LAUNCHER_PID" 2>/dev/null; } || es_pid >/dev/null; }

es_start() {
  if es_external; then say "Elasticsearch … external ($ES_URL_EXTERNAL), not started"; return 0; fi
  local pid
  if pid=$(es_pid); then
    say "Elasticsearch … already running (pid $pid, port $ES_PORT)"
    return 0
  fi
  require_free_port "$ES_PORT" "Elasticsearch HTTP"
  require_free_port "$ES_TRANSPORT_PORT" "Elasticsearch transport"
  ensure_service_user
  mkdir -p "$STATE" "$LOGS"
  svc_dirs "$RUN" "$ES_STATE" "$ES_STATE/data" "$ES_STATE/logs" "$ES_STATE/tmp"
  if [ ! -d "$ES_STATE/config" ]; then
    cp -R "$ES_HOME/config" "$ES_STATE/config"
    [ "$(id -u)" -eq 0 ] && chown -R "$SVC_USER:" "$ES_STATE/config"
  fi
  rm -f "$ES_PIDFILE"
  svc_file "$ES_LOG"
  # -d: the node daemonises and the launcher exits once it is started; we poll meanwhile.
  (
    exec 9>&-  # not the launcher's lock
    cd "$ES_STATE" || exit 1
    exec setsid "${SVC_RUN[@]}" env -u JAVA_HOME \
      ES_JAVA_HOME="$JDK" ES_PATH_CONF="$ES_STATE/config" ES_TMPDIR="$ES_STATE/tmp" \
      ES_JAVA_OPTS="${ES_JAVA_OPTS:--Xms1g -Xmx1g}" \
      "$ES_HOME/bin/elasticsearch" -d -p "$ES_PIDFILE" \
      -E cluster.name="$ES_CLUSTER" \
      -E node.name="ddd${INSTANCE_SUFFIX}-node" \
      -E discovery.type=single-node \
      -E xpack.security.enabled=false \
      -E network.host=127.0.0.1 \
      -E http.port="$ES_PORT" \
      -E transport.port="$ES_TRANSPORT_PORT" \
      -E path.data="$ES_STATE/data" \
      -E path.logs="$ES_STATE/logs" \
      -E cluster.routing.allocation.disk.threshold_enabled=false
  ) >>"$ES_LOG" 2>&1 </dev/null &
  ES_LAUNCHER_PID=$!
  wait_ready "Elasticsearch" "${DDD_ES_TIMEOUT:-240}" es_ready es_alive "$ES_LOG" "$ES_SERVER_LOG" || return 1
}

es_stop() {
  local pid
  if ! pid=$(es_pid); then
    es_external && return 0
    rm -f "$ES_PIDFILE"
    say "Elasticsearch … not running"
    return 0
  fi
  printf 'Elasticsearch … stopping (pid %s) ' "$pid"
  terminate "$pid" "${DDD_STOP_TIMEOUT:-60}"
  rm -f "$ES_PIDFILE"
  say "stopped"
}

es_status() {
  local pid
  if es_external; then
    printf '%-14s %-8s %-12s %s\n' Elasticsearch external - "$ES_URL_EXTERNAL"
  elif pid=$(es_pid); then
    printf '%-14s %-8s %-12s %s\n' Elasticsearch running "pid $pid" "port $ES_PORT  (http://127.0.0.1:$ES_PORT, transport $ES_TRANSPORT_PORT)"
  else
    printf '%-14s %-8s %-12s %s\n' Elasticsearch stopped - "port $ES_PORT"
  fi
}
