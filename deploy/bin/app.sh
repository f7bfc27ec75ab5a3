# shellcheck shell=bash
# The application: Payara Micro running web/target/*.war, as the current user.

APP_LOG=$LOGS/app.log
APP_PIDFILE=$RUN/app.pid

app_pid() { pid_from_file "$APP_PIDFILE" payara-micro; }

app_ready() { [ "$(http_status "$HTTP_PORT" /health/ready)" = 200 ]; }

# Alive while the process runs and, once Payara Micro has booted, only if our WAR was deployed:
# Payara Micro stays up when a deployment fails (and /health/ready then never answers 200).
app_alive() {
  app_pid >/dev/null || return 1
  if app_log_has 'Payara Micro .* ready in' && ! app_deployed; then
    # shellcheck disable=SC2034  # read by wait_ready
    WAIT_FAIL_REASON="$APP_WAR did not deploy"
    return 1
  fi
}

app_deployed() { app_log_has "\"Name\": \"$(basename "$APP_WAR" .war)\""; }

# The log of this start contains pattern $1. (No "tail | grep -q": with pipefail, tail's SIGPIPE
# on a long log would read as "not found".)
app_log_has() { grep -q -- "$1" < <(tail -n +"$APP_LOG_FROM" "$APP_LOG"); }

# The WAR to run: DDD_WAR, else web/target/ddd.war, else the only web/target/*.war.
find_war() {
  if [ -n "${DDD_WAR:-}" ]; then
    [ -f "$DDD_WAR" ] && { readlink -f "$DDD_WAR"; return 0; }
    return 1
  fi
  local w
  [ -f "$PROJECT_DIR/web/target/ddd.war" ] && { printf '%s' "$PROJECT_DIR/web/target/ddd.war"; return 0; }
  for w in "$PROJECT_DIR"/web/target/*.war; do
    [ -f "$w" ] && { printf '%s' "$w"; return 0; }
  done
  return 1
}

# True when there is no WAR yet or a pom.xml or a file under some src/ is newer than it.
needs_build() {
  local war
  war=$(find_war) || return 0
  [ -n "${DDD_WAR:-}" ] && return 1
  [ -n "$(find "$PROJECT_DIR" \( -name .git -o -name target -o -name node_modules -o -path "$DDD_HOME" -o -name '.*' ! -name . \) -prune \
          -o \( -name pom.xml -o -path '*/src/*' \) -type f -newer "$war" -print -quit)" ]
}

build_app() {
  if [ "${DDD_SKIP_BUILD:-}" = 1 ]; then return 0; fi
  needs_build || return 0
  say "Building the application (./mvnw -B -q -DskipTests install) …"
  local start=$SECONDS
  mvnw -B -q -DskipTests install || die "the build failed (see the Maven output above); fix it, or run with DDD_SKIP_BUILD=1 to use the last WAR"
  say "Build … done ($((SECONDS - start)) s)"
}

# The WAR the running app was started with: "SHA-256 path", written at each start.
APP_WAR_RECORD=$RUN/app.war

war_fingerprint() { printf '%s %s' "$(sha256sum "$1" | cut -d' ' -f1)" "$1"; }

# True when the running app was started with another WAR (other contents or path) than $1. Without a record
# (an app started by an older launcher) the WAR counts as changed when it is newer than the app's pid file.
app_war_changed() {
  local war=$1
  if [ -s "$APP_WAR_RECORD" ]; then
    [ "$(cat "$APP_WAR_RECORD")" != "$(war_fingerprint "$war")" ]
  else
    [ "$war" -nt "$APP_PIDFILE" ]
  fi
}

app_start() {
  local pid war
  war=$(find_war) || war=
  if pid=$(app_pid); then
    if [ -n "$war" ] && app_war_changed "$war"; then
      say "App … running (pid $pid) with an older build; $war changed since it started: redeploying"
      app_stop || return 1
    else
      say "App … already running (pid $pid, port $HTTP_PORT) with the current WAR${war:+ ($(basename "$war"))}"
      return 0
    fi
  fi
  [ -n "$war" ] || die "no WAR found (web/target/ddd.war not built): run ./mvnw -B -DskipTests install, or ./ddd up without DDD_SKIP_BUILD"
  require_free_port "$HTTP_PORT" "the app (HTTP)"
  # A fresh Payara root each start: a kept one redeploys every WAR it ever saw next to --deploy.
  rm -rf "$STATE/payara/root"
  mkdir -p "$STATE/payara" "$LOGS" "$RUN"
  touch "$APP_LOG"
  APP_LOG_FROM=$(($(wc -l <"$APP_LOG") + 1))
  APP_WAR=$war
  war_fingerprint "$war" >"$APP_WAR_RECORD"
  {
    echo
    echo "==== $(date '+%F %T') ddd: starting Payara Micro $PAYARA_MICRO_VERSION with $war on port $HTTP_PORT ===="
  } >>"$APP_LOG"
  # shellcheck disable=SC2086  # DDD_APP_JAVA_OPTS is a list of options
  (
    exec 9>&-  # not the launcher's lock
    cd "$STATE/payara" || exit 1
    export DDD_DB_URL="$DB_URL" DDD_DB_USER="$DB_USER" DDD_DB_PASSWORD="$DB_PASSWORD" DDD_ES_URL="$ES_URL"
    # Sign-in: the realm's issuer; the pages' client secret from the generated secrets (embedded Keycloak)
    # or from the environment (external one).
    export DDD_OIDC_ISSUER="$KC_ISSUER"
    if ! kc_external && [ -s "$KC_SECRETS" ]; then
      # shellcheck disable=SC1090
      . "$KC_SECRETS"
      export DDD_OIDC_CLIENT_SECRET="$KC_WEB_CLIENT_SECRET"
    fi
    # shellcheck disable=SC2016  # expanded by the inner bash: it records its own pid, then becomes java
    exec setsid bash -c 'echo $$ >"$0"; exec "$@"' "$APP_PIDFILE" \
      "$JAVA" ${DDD_APP_JAVA_OPTS:-} -jar "$MICRO_JAR_PATH" \
      --deploy "$war" --contextroot / \
      --port "$HTTP_PORT" --nocluster \
      --rootdir "$STATE/payara/root" \
      --addLibs "$PG_DRIVER_PATH"
  ) >>"$APP_LOG" 2>&1 </dev/null &
  local i
  for ((i = 0; i < 50; i++)); do [ -s "$APP_PIDFILE" ] && break; sleep 0.1; done
  if ! wait_ready "App (Payara Micro)" "${DDD_APP_TIMEOUT:-300}" app_ready app_alive "$APP_LOG"; then
    if app_log_has SEVERE; then
      say "----- first errors in $APP_LOG -----" >&2
      grep -m 3 -A 6 SEVERE < <(tail -n +"$APP_LOG_FROM" "$APP_LOG") | cut -c 1-400 >&2
    fi
    app_stop >/dev/null
    say "The app was stopped; full log: $APP_LOG" >&2
    return 1
  fi
  if ! app_deployed; then
    say "App … FAILED: $APP_WAR did not deploy (see $APP_LOG)" >&2
    app_stop >/dev/null
    return 1
  fi
}

app_stop() {
  local pid
  if ! pid=$(app_pid); then
    rm -f "$APP_PIDFILE" "$APP_WAR_RECORD"
    say "App … not running"
    return 0
  fi
  printf 'App … stopping (pid %s) ' "$pid"
  terminate "$pid" "${DDD_STOP_TIMEOUT:-60}"
  rm -f "$APP_PIDFILE" "$APP_WAR_RECORD"
  say "stopped"
}

app_status() {
  local pid
  if pid=$(app_pid); then
    printf '%-14s %-8s %-12s %s\n' App running "pid $pid" "port $HTTP_PORT  (http://localhost:$HTTP_PORT/)"
  else
    printf '%-14s %-8s %-12s %s\n' App stopped - "port $HTTP_PORT"
  fi
}
