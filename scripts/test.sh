#!/usr/bin/env bash
# Runs every test of hybrid-dal on a fresh machine.
# Installs what the integration tests need from Debian's packages when it is missing (etcd,
# etcdctl, memcached, and chromium for the report test); the tests themselves start etcd and
# memcached on loopback, on free ports, with temporary data directories, and stop them after.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v etcd >/dev/null 2>&1 || missing+=(etcd-server)
command -v etcdctl >/dev/null 2>&1 || missing+=(etcd-client)
command -v memcached >/dev/null 2>&1 || missing+=(memcached)
command -v saslpasswd2 >/dev/null 2>&1 || missing+=(sasl2-bin)   # memcached SASL tests
if [ "${HYBRIDDAL_SKIP_BROWSER:-0}" != 1 ]; then
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fi
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "scripts/test.sh: installing ${missing[*]} from Debian's packages"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# A missing server must fail the run, never skip its tests.
export HYBRIDDAL_REQUIRE_SERVERS=1
# -Pbench: the benchmarks (test/bench) are compiled too, and the tests of their report run (which
# ratio is met, which score settled); no benchmark runs.
exec mvn -B -ntp -Pbench verify "$@"
