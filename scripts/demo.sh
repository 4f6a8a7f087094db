#!/usr/bin/env bash
# The demo on a fresh machine (Java 17 + Maven): builds the modules the command needs (dal, stores,
# codegen, hybrids, report, cli: `mvn install -pl cli -am`), then runs `bin/hybrid-dal demo`, which
# seeds ./out/demo-store and writes ./out/report.html and ./out/report.json.
# The build is skipped when cli/target/hybrid-dal.jar is newer than every source and pom (or when
# HYBRIDDAL_NO_BUILD=1). Extra arguments go to the demo, e.g. scripts/demo.sh --objects 10000
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
jar="cli/target/hybrid-dal.jar"
stale() {
  [[ ! -f "$jar" ]] && return 0
  [[ -n "$(find pom.xml dal stores codegen hybrids report cli \( -path '*/target' -prune \) -o \
      \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) -newer "$jar" -print -quit)" ]]
}
if [[ "${HYBRIDDAL_NO_BUILD:-0}" != 1 ]] && stale; then
  echo "building hybrid-dal (dal, stores, codegen, hybrids, report, cli)..." >&2
  mvn -q -B install -DskipTests -pl cli -am
fi
exec bin/hybrid-dal demo "$@"
