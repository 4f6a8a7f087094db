#!/usr/bin/env bash
# Measures the change feed by hand (not a test): delivery lag of N changes (default 1,000) to 4
# subscribers on etcd, and the time to snapshot M objects (default 100,000) on the memory store
# and on etcd. Starts its own etcd (test/servers launchers); needs the etcd binary installed.
#
#   scripts/feed-probe.sh [changes] [objects]
#
# Maven options (e.g. -Dmaven.repo.local=...) can be passed in MVN_OPTS_EXTRA.
set -euo pipefail
cd "$(dirname "$0")/.."
cp_file=test/integration/target/feed-probe.classpath
mvn -B -q -o ${MVN_OPTS_EXTRA:-} -pl test/integration -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$(pwd)/$cp_file" -Dmdep.includeScope=test >/dev/null
exec java -Xmx2g -cp "test/integration/target/test-classes:$(cat "$cp_file")" \
  io.hybriddal.integration.ChangeFeedProbe "$@"
