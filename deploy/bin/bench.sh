# shellcheck shell=bash
# ./ddd bench search: the search benchmark (deploy/bench) against servers started for it alone — the "bench"
# instance: own PostgreSQL, Elasticsearch, Keycloak and app (Payara Micro), own ports and state in $DDD_HOME/bench,
# wiped at the start of every run and stopped at its end. The developer's data is never touched. Keycloak is
# there because the benchmark imports and reindexes, which only the realm role operator may: the benchmark signs
# in as the throw-away realm's demo operator (password through the environment).

BENCH_JAR=$PROJECT_DIR/deploy/bench/target/ddd-bench.jar
BENCH_LIB=$PROJECT_DIR/deploy/bench/target/lib

# Builds (./mvnw install) when the WAR or the benchmark is missing or older than its sources.
bench_build() {
  [ "${DDD_SKIP_BUILD:-}" = 1 ] && return 0
  if needs_build || [ ! -f "$BENCH_JAR" ] \
     || [ -n "$(find "$PROJECT_DIR/deploy/bench" -path "$PROJECT_DIR/deploy/bench/target" -prune -o -type f -newer "$BENCH_JAR" -print -quit)" ]; then
    say "Building the application and the benchmark (./mvnw -B -q -DskipTests install) …"
    local start=$SECONDS
    mvnw -B -q -DskipTests install || die "the build failed (see the Maven output above)"
    say "Build … done ($((SECONDS - start)) s)"
  fi
}

bench_down() {
  app_stop
  kc_stop
  es_stop
  pg_stop
}

# First free port from $1 on (the app's HTTP port; the other ports are fixed and checked by their start).
bench_free_port() {
  local port=$1 i
  for ((i = 0; i < 100; i++)); do
    tcp_open "$((port + i))" || { printf '%s' "$((port + i))"; return 0; }
  done
  die "no free port in $port–$((port + 99)) for the benchmark's app"
}

cmd_bench() {
  if [ $# -ne 1 ] || [ "$1" != search ]; then
    die "usage: ./ddd bench search   (the only benchmark so far; see ./ddd help)"
  fi
  local start=$SECONDS rc war shared
  select_jdk
  say "Using JDK $(jdk_major "$JDK") at $JDK"
  set_instance bench
  bench_build
  [ -f "$BENCH_JAR" ] || die "no $BENCH_JAR: run ./mvnw -B -DskipTests install first (or drop DDD_SKIP_BUILD=1)"
  war=$(find_war) || die "no WAR found (web/target/ddd.war not built): run ./mvnw -B -DskipTests install"
  shared=${DDD_SHARED_DATA:-$PROJECT_DIR/../shared/data}
  [ -f "$shared/kicox-daegu-textile-apparel.csv" ] \
    || die "the benchmark scales the real KICOX register: no $shared/kicox-daegu-textile-apparel.csv (set DDD_SHARED_DATA)"
  shared=$(cd "$shared" && pwd)

  instance_lock
  # A clean slate every run: stop leftovers of an interrupted run, then wipe the bench state.
  bench_down >/dev/null
  # (Keycloak's build in $KC_INST_HOME is kept, like the test instance's; its data, the realm, is not.)
  rm -rf "${INST_DIR:?}/state" "${INST_DIR:?}/logs" "${INST_DIR:?}/run" "${INST_DIR:?}/ddd.war" "${KC_INST_HOME:?}/data"
  mkdir -p "$RUNTIME" "$INST_DIR"
  ensure_service_user
  fetch_postgres
  fetch_elasticsearch
  fetch_keycloak
  fetch_payara_micro
  fetch_pg_driver
  # The app runs a copy of the WAR: a build running meanwhile cannot change what is measured.
  cp "$war" "$INST_DIR/ddd.war" || die "could not copy $war"
  export DDD_WAR=$INST_DIR/ddd.war
  HTTP_PORT=$(bench_free_port "$HTTP_PORT")
  trap 'say ""; say "Stopping the benchmark services …"; bench_down' EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  pg_start || exit 1
  es_start || exit 1
  kc_start || exit 1
  app_start || exit 1
  local operator_password
  operator_password=$(kc_demo_password operator@demo.example) || die "no demo operator password in $KC_SECRETS"
  say "Benchmark services ready after $((SECONDS - start)) s (app on port $HTTP_PORT, Keycloak on port $KC_PORT${KC_STARTED_IN:+ started in $KC_STARTED_IN s}, logs in $LOGS)"

  # shellcheck disable=SC2086  # DDD_BENCH_JAVA_OPTS is a list of options
  DDD_BENCH_API_URL=http://127.0.0.1:$HTTP_PORT \
  DDD_DB_URL=$DB_URL DDD_DB_USER=$DB_USER DDD_DB_PASSWORD=$DB_PASSWORD DDD_ES_URL=$ES_URL \
  DDD_OIDC_ISSUER=$KC_ISSUER DDD_BENCH_OPERATOR=operator@demo.example DDD_BENCH_OPERATOR_PASSWORD=$operator_password \
  DDD_SHARED_DATA=$shared \
  DDD_BENCH_PIDS="app=$(app_pid) es=$(es_pid) pg=$(pg_pid)" \
  DDD_BENCH_REVISION="$(git -C "$PROJECT_DIR" describe --always --dirty 2>/dev/null || echo unknown), WAR built $(date -r "$war" '+%F %T %Z')" \
  DDD_BENCH_REPORT=${DDD_BENCH_REPORT-$PROJECT_DIR/docs/BENCHMARKS.md} \
  DDD_BENCH_COMMAND="./ddd bench search" \
  DDD_BENCH_RUNTIMES="Payara Micro $PAYARA_MICRO_VERSION (JVM options: ${DDD_APP_JAVA_OPTS:-none}), Elasticsearch $ES_VERSION (single node, ${ES_JAVA_OPTS:--Xms1g -Xmx1g}), PostgreSQL $PG_VERSION (default settings), Keycloak $KC_VERSION (sign-in of the operator only)" \
    "$JAVA" ${DDD_BENCH_JAVA_OPTS:-} -cp "$BENCH_JAR:$BENCH_LIB/*" network.ddd.bench.SearchBenchmark
  rc=$?
  say "Benchmark finished (exit code $rc) after $((SECONDS - start)) s in all"
  exit "$rc"
}
