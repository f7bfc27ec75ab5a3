# shellcheck shell=bash
# Common helpers for ./ddd: messages, JDK selection, Maven, process and HTTP checks, progress display.
# Sourced by ./ddd; expects PROJECT_DIR to be set.

# ---------------------------------------------------------------- messages
if [ -t 1 ]; then TTY=1; else TTY=; fi

say()  { printf '%s\n' "$*"; }
warn() { printf 'ddd: warning: %s\n' "$*" >&2; }
die()  { printf 'ddd: error: %s\n' "$*" >&2; exit 1; }

# Print the last lines of each existing log file given.
show_log_tail() {
  local f
  for f in "$@"; do
    [ -f "$f" ] || continue
    printf -- '----- last lines of %s -----\n' "$f" >&2
    tail -n "${DDD_LOG_TAIL:-40}" "$f" >&2
    printf -- '-----\n' >&2
  done
}

# ---------------------------------------------------------------- versions from pom.xml
# The one place for runtime versions is the <properties> of the parent pom.
pom_property() {
  local v
  v=$(sed -n "s:.*<$1>[[:space:]]*\([^<[:space:]]*\)[[:space:]]*</$1>.*:\1:p" "$PROJECT_DIR/pom.xml" | head -n 1)
  [ -n "$v" ] || die "property <$1> not found in $PROJECT_DIR/pom.xml"
  printf '%s' "$v"
}

# ---------------------------------------------------------------- JDK
# Major version of the JDK at $1 (reads its release file, else asks java).
jdk_major() {
  local v=
  [ -r "$1/release" ] && v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$1/release")
  [ -n "$v" ] || v=$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
  v=${v#1.}
  v=${v%%[!0-9]*}
  printf '%s' "${v:-0}"
}

# Sets JDK (a JDK home, ≥ 21, with javac) and JAVA, and exports JAVA_HOME for Maven.
# Order: JAVA_HOME if ≥ 21, else the newest JDK ≥ 21 under /usr/lib/jvm, else the java on PATH.
select_jdk() {
  [ -n "${JDK:-}" ] && return 0
  local min=21 cand best='' best_major=0 major seen=' ' real onpath
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ -x "$JAVA_HOME/bin/javac" ] \
     && [ "$(jdk_major "$JAVA_HOME")" -ge "$min" ]; then
    best=$JAVA_HOME
  else
    onpath=$(command -v javac 2>/dev/null) && onpath=$(readlink -f "$onpath") && onpath=${onpath%/bin/javac}
    for cand in "${DDD_JVM_DIR:-/usr/lib/jvm}"/*/ ${onpath:+"$onpath"}; do
      cand=${cand%/}
      { [ -x "$cand/bin/java" ] && [ -x "$cand/bin/javac" ]; } || continue
      real=$(readlink -f "$cand")
      case $seen in *" $real "*) continue ;; esac
      seen+="$real "
      major=$(jdk_major "$cand")
      if [ "$major" -ge "$min" ] && [ "$major" -gt "$best_major" ]; then best=$cand best_major=$major; fi
    done
  fi
  if [ -z "$best" ]; then
    {
      echo "ddd: error: no JDK $min or newer found."
      echo "  Looked at JAVA_HOME (${JAVA_HOME:-unset}), ${DDD_JVM_DIR:-/usr/lib/jvm}/* and the javac on PATH."
      echo "  A JDK (not only a JRE: javac is needed) of version $min or newer is required:"
      echo "  on Debian 13 'apt-get install openjdk-21-jdk-headless'; elsewhere any OpenJDK/Temurin $min+."
      echo "  Then run again, with JAVA_HOME pointing at it unless it is in /usr/lib/jvm."
    } >&2
    exit 1
  fi
  JDK=$best
  # shellcheck disable=SC2034  # used by ./ddd
  JAVA=$JDK/bin/java
  export JAVA_HOME=$JDK
}

# ---------------------------------------------------------------- Maven
# Maven 3.9's Guice warns about sun.misc.Unsafe on JDK 24+; that flag (JDK 23+) quiets it.
mvnw() {
  local opts=${MAVEN_OPTS:-}
  [ "$(jdk_major "$JDK")" -ge 23 ] && opts="--sun-misc-unsafe-memory-access=allow $opts"
  (cd "$PROJECT_DIR" && JAVA_HOME="$JDK" MAVEN_OPTS="$opts" ./mvnw "$@")
}

# Copies one artifact (G:A:V[:type]) into a directory with the dependency plugin.
# Maven's download lines are shown as they come; the full output goes to $RUNTIME/fetch.log.
mvn_fetch() {
  local coords=$1 dir=$2 rc
  mkdir -p "$dir"
  say "Fetching $coords through Maven …"
  mvnw -B -N dependency:copy -Dartifact="$coords" -DoutputDirectory="$dir" -Dmdep.useBaseVersion=true \
    >"$RUNTIME/fetch.log" 2>&1 &
  local mpid=$!
  tail -n +1 -f --pid="$mpid" "$RUNTIME/fetch.log" 2>/dev/null \
    | grep --line-buffered -E 'Download(ing|ed) from|ERROR' | sed -u 's/^/    /'
  wait "$mpid"; rc=$?
  if [ "$rc" -ne 0 ]; then
    show_log_tail "$RUNTIME/fetch.log"
    die "could not fetch $coords (Maven exit $rc; see $RUNTIME/fetch.log)"
  fi
}

# ---------------------------------------------------------------- processes
# Process $1 is alive and its command line contains $2 (guards against stale pid files).
pid_matches() {
  local pid=$1 what=$2
  [ -n "$pid" ] && [ "$pid" -gt 0 ] 2>/dev/null && kill -0 "$pid" 2>/dev/null || return 1
  [ -z "$what" ] && return 0
  grep -q -- "$what" < <(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)
}

# Pid from file $1 if that process is alive and matches $2.
pid_from_file() {
  local pid
  [ -r "$1" ] || return 1
  pid=$(head -n 1 "$1" 2>/dev/null | tr -dc '0-9')
  pid_matches "$pid" "$2" && printf '%s' "$pid"
}

# SIGTERM, wait up to $2 s, then SIGKILL.
terminate() {
  local pid=$1 timeout=${2:-30} i
  kill -TERM "$pid" 2>/dev/null || return 0
  for ((i = 0; i < timeout * 5; i++)); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.2
  done
  warn "pid $pid did not stop within ${timeout} s; killing it"
  kill -KILL "$pid" 2>/dev/null
  sleep 0.5
}

# ---------------------------------------------------------------- service user
# PostgreSQL and Elasticsearch refuse to run as root: as root they run as DDD_SERVICE_USER (ddd).
if [ "$(id -u)" -eq 0 ]; then
  SVC_USER=${DDD_SERVICE_USER:-ddd}
else
  SVC_USER=$(id -un)
fi

# Command prefix that runs a command as the service user (empty when that is us).
if [ "$(id -u)" -eq 0 ] && [ "$SVC_USER" != root ]; then
  SVC_RUN=(runuser -u "$SVC_USER" --)
else
  SVC_RUN=()
fi

as_svc() { "${SVC_RUN[@]}" "$@"; }

ensure_service_user() {
  [ "$(id -u)" -eq 0 ] || return 0
  [ "$SVC_USER" != root ] || die "DDD_SERVICE_USER must not be root: PostgreSQL and Elasticsearch refuse it"
  if ! id -u "$SVC_USER" >/dev/null 2>&1; then
    say "Creating system user '$SVC_USER' to run PostgreSQL and Elasticsearch (they refuse root) …"
    useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$SVC_USER" \
      || die "could not create user $SVC_USER"
  fi
  local p
  for p in "$DDD_HOME" "$RUNTIME" "$JDK/bin/java"; do
    if ! runuser -u "$SVC_USER" -- test -r "$p"; then
      {
        echo "ddd: error: the service user '$SVC_USER' cannot reach $p."
        echo "  PostgreSQL and Elasticsearch run as '$SVC_USER' (they refuse root), so it needs to traverse"
        echo "  every folder above DDD_HOME ($DDD_HOME) and the JDK ($JDK)."
        echo "  Either open the path (chmod o+x on the parent folders) or put the state elsewhere, e.g.:"
        echo "    DDD_HOME=/var/tmp/ddd ./ddd ${DDD_ARGS:-up}"
      } >&2
      exit 1
    fi
  done
}

# Directories (created if needed) owned by the service user.
svc_dirs() {
  mkdir -p "$@"
  [ "$(id -u)" -eq 0 ] && chown "$SVC_USER:" "$@"
  return 0
}

# A log file the service user may write.
svc_file() {
  touch "$1"
  [ "$(id -u)" -eq 0 ] && chown "$SVC_USER:" "$1"
  return 0
}

# ---------------------------------------------------------------- network checks (no curl needed)
# True when something accepts TCP connections on 127.0.0.1:$1.
tcp_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Prints the HTTP status code of GET http://127.0.0.1:$1$2 (empty when no answer).
http_status() {
  local port=$1 path=$2 line=
  (
    exec 3<>"/dev/tcp/127.0.0.1/$port" || exit 1
    printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1:%s\r\nConnection: close\r\n\r\n' "$path" "$port" >&3
    IFS= read -r -t "${DDD_HTTP_TIMEOUT:-5}" line <&3 || exit 1
    line=${line#* }
    printf '%s' "${line%% *}"
  ) 2>/dev/null
}

# Fails (with a message) when the port is taken by something that is not ours.
require_free_port() {
  local port=$1 what=$2
  if tcp_open "$port"; then
    die "port $port (for $what) is already in use by another program; free it or choose another port (see ./ddd help)"
  fi
}

# ---------------------------------------------------------------- one ./ddd at a time per instance
# Serialises commands that start or stop services (fd 9; the services themselves close it).
# Children of the holder (the tests run by ./ddd test, the sample import) pass through.
instance_lock() {
  local held=DDD_LOCK_HELD_$INSTANCE
  [ -n "${!held:-}" ] && return 0
  mkdir -p "$INST_DIR"
  exec 9>>"$INST_DIR/.lock"
  if ! flock -n 9; then
    say "Another ./ddd is starting, stopping or testing this instance ($INST_DIR); waiting for it …"
    flock 9
  fi
  export "$held=$$"
}

# ---------------------------------------------------------------- progress
# wait_ready LABEL TIMEOUT READY_FN ALIVE_FN LOG... — polls READY_FN each second, shows elapsed seconds,
# fails early when ALIVE_FN says the process died, and prints the log tail on failure.
wait_ready() {
  local label=$1 timeout=$2 ready=$3 alive=$4 start=$SECONDS el
  shift 4
  [ -z "$TTY" ] && printf '%s … starting ' "$label"
  while :; do
    el=$((SECONDS - start))
    if "$ready"; then
      if [ -n "$TTY" ]; then printf '\r\033[K%s … ready (%d s)\n' "$label" "$el"
      else printf ' ready (%d s)\n' "$el"; fi
      return 0
    fi
    WAIT_FAIL_REASON=
    if ! "$alive" "$el"; then
      [ -n "$TTY" ] && printf '\r\033[K%s … ' "$label"
      printf 'FAILED after %d s: %s\n' "$el" "${WAIT_FAIL_REASON:-the process exited}"
      show_log_tail "$@"
      return 1
    fi
    if [ "$el" -ge "$timeout" ]; then
      [ -n "$TTY" ] && printf '\r\033[K%s … ' "$label"
      printf 'FAILED: not ready after %d s\n' "$el"
      show_log_tail "$@"
      return 1
    fi
    if [ -n "$TTY" ]; then printf '\r\033[K%s … starting %d s' "$label" "$el"
    elif [ $((el % 2)) -eq 0 ]; then printf '.'; fi
    sleep 1
  done
}
