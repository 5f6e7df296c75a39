# Sourced by ./tradewind, .ci/run and bench/run-e2e: sets JAVA_HOME to a JDK >= 21 (java and javac), looking at
# JAVA_HOME, the java on PATH and /usr/lib/jvm/*, or says clearly that there is none and exits with status 3.
# Shell built-ins only where it is run for every command (a process started per dirname or sed cost about 0.2 s of
# each `./tradewind` call on a busy 2-core machine; bench/E2E.md, "Huge pages, the launcher's own start").
java_major() { # prints the major version of the java binary in $1, or nothing
  local release line v
  release="${1%/*}"; release="${release%/*}/release"
  if [ -f "$release" ]; then # every JDK has it; no JVM start needed
    while IFS= read -r line || [ -n "$line" ]; do
      case "$line" in
        JAVA_VERSION=*)
          v="${line#JAVA_VERSION=}"; v="${v#\"}"
          [[ "$v" =~ ^[0-9.]* ]] && v="${BASH_REMATCH[0]}"
          v="${v#1.}"; echo "${v%%.*}"
          return ;;
      esac
    done < "$release"
  fi
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -1 | sed 's/^1\.//'
}

jdk_ok() { # whether $1 is a JDK >= 21 (java and javac)
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  local v; v="$(java_major "$1/bin/java")"
  [ -n "$v" ] && [ "$v" -ge 21 ] 2>/dev/null
}

find_jdk() { # prints a JAVA_HOME with java and javac >= 21
  if [ -n "${JAVA_HOME:-}" ] && jdk_ok "$JAVA_HOME"; then echo "$JAVA_HOME"; return 0; fi
  local d
  if command -v java >/dev/null 2>&1; then
    d="$(readlink -f "$(command -v java)")"; d="${d%/*}"; d="${d%/*}"
    if jdk_ok "$d"; then echo "$d"; return 0; fi
  fi
  for d in /usr/lib/jvm/*; do
    if [ -d "$d" ] && jdk_ok "$d"; then echo "$d"; return 0; fi
  done
  return 1
}

if ! JDK="$(find_jdk)"; then
  echo "tradewind: no JDK 21 or newer found (looked at JAVA_HOME, java on PATH, /usr/lib/jvm/*)." >&2
  echo "Install one (e.g. apt-get install openjdk-21-jdk, or Temurin 21+) and/or set JAVA_HOME." >&2
  exit 3
fi
export JAVA_HOME="$JDK"
