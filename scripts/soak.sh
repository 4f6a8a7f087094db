#!/usr/bin/env bash
# The soak with faults of DESIGN.md "Reliability" for longer than the test command's 60 s:
# 4 client processes run the bank, counter and set workloads on a 3-member etcd and 2 memcached
# while a nemesis kills and pauses the servers at random (FaultSoakTest). Fails when an
# acknowledged operation is lost or an invariant is violated. The figures are printed and kept
# in test/integration/target/soak-result.txt. Needs etcd and memcached installed (scripts/test.sh
# installs them).
#
#   scripts/soak.sh --minutes N      (default 10)
#
# Maven options (e.g. -Dmaven.repo.local=... -o) can be passed in MVN_OPTS_EXTRA.
set -euo pipefail
minutes=10
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) minutes="${2:-}"; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "scripts/soak.sh: unknown option '$1' (use --minutes N)" >&2; exit 2 ;;
  esac
done
if ! [[ "$minutes" =~ ^[1-9][0-9]*$ ]]; then
  echo "scripts/soak.sh: --minutes takes a whole number of minutes, 1 or more, not '$minutes'" >&2
  exit 2
fi
cd "$(dirname "$0")/.."
seconds=$((minutes * 60))
set +e
HYBRIDDAL_REQUIRE_SERVERS=1 mvn -B ${MVN_OPTS_EXTRA:-} -pl test/integration -am test \
  -Dtest=FaultSoakTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dhybriddal.soak.seconds="$seconds" -Djunit.jupiter.execution.timeout.mode=disabled \
  -Dintegration.forkTimeoutSeconds=$((seconds + 900)) \
  | grep -E '^SOAK|Tests run:|BUILD|ERROR'
status=${PIPESTATUS[0]}
exit "$status"
