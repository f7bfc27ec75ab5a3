# shellcheck shell=bash
# Embedded PostgreSQL (zonky binaries: initdb, pg_ctl, postgres — no psql, no pg_isready).
# Data in $STATE/pg, kept across restarts; listens on 127.0.0.1:$PG_PORT only (no Unix socket).
# Runs as the service user when ddd runs as root.

PGDATA_DIR=$STATE/pg
PG_LOG=$LOGS/pg.log

pg_external() { [ -n "$DB_URL_EXTERNAL" ]; }

pg_pid() { pid_from_file "$PGDATA_DIR/postmaster.pid" postgres; }

# postmaster.pid line 8 says "ready" once the server accepts connections.
pg_ready() {
  [ "$(sed -n 8p "$PGDATA_DIR/postmaster.pid" 2>/dev/null | tr -d ' ')" = ready ] && tcp_open "$PG_PORT"
}

# pg_ctl returns before the postmaster writes its pid file: allow a few seconds.
pg_alive() { pg_pid >/dev/null || [ "${1:-0}" -lt 5 ]; }

pg_init() {
  [ -s "$PGDATA_DIR/PG_VERSION" ] && return 0
  local locale_opts=(--locale=C.UTF-8)
  # PostgreSQL 17+ has its own C.UTF-8 that does not depend on the OS locales.
  if grep -q -- '--builtin-locale' < <("$PG_HOME/bin/initdb" --help 2>/dev/null); then
    locale_opts=(--locale=C --locale-provider=builtin --builtin-locale=C.UTF-8)
  fi
  say "PostgreSQL: creating the data folder $PGDATA_DIR …"
  as_svc "$PG_HOME/bin/initdb" -D "$PGDATA_DIR" -U ddd --auth=trust -E UTF8 "${locale_opts[@]}" \
    >>"$PG_LOG" 2>&1 || { show_log_tail "$PG_LOG"; die "initdb failed"; }
  {
    echo
    echo "# ---- added by ddd (the port is given on the command line) ----"
    echo "listen_addresses = '127.0.0.1'"
    echo "unix_socket_directories = ''"
    if [ "$INSTANCE" = test ]; then
      echo "# throw-away test data: durability is not needed"
      echo "fsync = off"
      echo "synchronous_commit = off"
      echo "full_page_writes = off"
    fi
  } >>"$PGDATA_DIR/postgresql.conf"
}

# Creates database ddd (owner ddd) while the server is stopped, in single-user mode — no psql needed.
pg_create_db() {
  local marker=$STATE/.pg-database-created out
  [ -e "$marker" ] && return 0
  if ! out=$(echo "CREATE DATABASE ddd OWNER ddd;" \
      | as_svc "$PG_HOME/bin/postgres" --single -D "$PGDATA_DIR" -c exit_on_error=true postgres 2>&1) \
     && ! grep -q 'already exists' <<<"$out"; then
    printf '%s\n' "$out" >&2
    die "could not create database ddd"
  fi
  printf '%s\n' "$out" >>"$PG_LOG"
  touch "$marker"
}

pg_start() {
  if pg_external; then say "PostgreSQL … external ($DB_URL_EXTERNAL), not started"; return 0; fi
  local pid
  if pid=$(pg_pid); then
    say "PostgreSQL … already running (pid $pid, port $PG_PORT)"
    return 0
  fi
  require_free_port "$PG_PORT" PostgreSQL
  ensure_service_user
  mkdir -p "$STATE" "$LOGS" "$RUN"
  svc_dirs "$PGDATA_DIR"
  chmod 700 "$PGDATA_DIR"
  svc_file "$PG_LOG"
  pg_init
  pg_create_db
  as_svc "$PG_HOME/bin/pg_ctl" -D "$PGDATA_DIR" -l "$PG_LOG" -o "-p $PG_PORT" -W start >/dev/null 9>&- \
    || { show_log_tail "$PG_LOG"; die "pg_ctl start failed"; }
  wait_ready "PostgreSQL" "${DDD_PG_TIMEOUT:-60}" pg_ready pg_alive "$PG_LOG" || return 1
  pg_pid >"$RUN/pg.pid"
}

pg_stop() {
  local pid
  if ! pid=$(pg_pid); then
    pg_external && return 0
    rm -f "$RUN/pg.pid"
    say "PostgreSQL … not running"
    return 0
  fi
  printf 'PostgreSQL … stopping (pid %s) ' "$pid"
  if ! as_svc "$PG_HOME/bin/pg_ctl" -D "$PGDATA_DIR" -m fast -w -t "${DDD_STOP_TIMEOUT:-60}" stop >/dev/null 2>&1; then
    terminate "$pid" 10
  fi
  rm -f "$RUN/pg.pid"
  say "stopped"
}

pg_status() {
  local pid
  if pg_external; then
    printf '%-14s %-8s %-12s %s\n' PostgreSQL external - "$DB_URL_EXTERNAL"
  elif pid=$(pg_pid); then
    printf '%-14s %-8s %-12s %s\n' PostgreSQL running "pid $pid" "port $PG_PORT  (jdbc:postgresql://127.0.0.1:$PG_PORT/ddd, user ddd)"
  else
    printf '%-14s %-8s %-12s %s\n' PostgreSQL stopped - "port $PG_PORT"
  fi
}
