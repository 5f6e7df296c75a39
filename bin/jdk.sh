# Sourced by ./tradewind, .ci/run and bench/run-e2e: sets JAVA_HOME to a JDK >= 21 (java and javac), looking at
# JAVA_HOME, the java on PATH and /usr/lib/jvm/*, or says clearly that there is none and exits with status 3.
java_major() { # prints the major version of the java binary in $1, or nothing
  local release; release="$(dirname "$(dirname "$1")")/release"
  if [ -f "$release" ] && grep -q '^JAVA_VERSION=' "$release"; then # every JDK has it; no JVM start needed
    sed -n 's/^JAVA_VERSION="\{0,1\}\([0-9.]*\).*/\1/p' "$release" | head -1 | sed 's/^1\.//; s/\..*//'
    return
  fi
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -1 | sed 's/^1\.//'
}

find_jdk() { # prints a JAVA_HOME with java and javac >= 21
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  local d
  for d in /usr/lib/jvm/*; do [ -d "$d" ] && candidates+=("$d"); done
  for d in "${candidates[@]}"; do
    if [ -x "$d/bin/java" ] && [ -x "$d/bin/javac" ]; then
      local v; v="$(java_major "$d/bin/java")"
      if [ -n "$v" ] && [ "$v" -ge 21 ] 2>/dev/null; then echo "$d"; return 0; fi
    fi
  done
  return 1
}

if ! JDK="$(find_jdk)"; then
  echo "tradewind: no JDK 21 or newer found (looked at JAVA_HOME, java on PATH, /usr/lib/jvm/*)." >&2
  echo "Install one (e.g. apt-get install openjdk-21-jdk, or Temurin 21+) and/or set JAVA_HOME." >&2
  exit 3
fi
export JAVA_HOME="$JDK"
