#!/usr/bin/env bash
# Runs hybrid-dal's JMH benchmarks against the raw clients and against Hibernate ORM, in one run,
# and writes bench/results/latest.json, latest.md and the raw JMH JSON (jmh-latest.json).
#
#   scripts/bench.sh            the full run (about 43 minutes on 2 cores, estimate in bench/README.md;
#                               run it on a quiet machine)
#   scripts/bench.sh --quick    a smoke run (1 fork, 1 short iteration each; figures meaningless)
#   scripts/bench.sh --scale    the full run with etcd holding 10,000 and 1,000,000 objects instead of
#                               10,000 and 100,000 (EtcdLargeBench; loading takes long, once per
#                               benchmark) and the file store also at 1,000,000 (FileScaleBench)
#   scripts/bench.sh [--quick|--scale] [JMH args...]   e.g. a benchmark regex: scripts/bench.sh 'EtcdGetBench'
#
# PlanBench and IndexBuildBench (features of other issues, minutes of single shots) are left out of
# a run without JMH arguments; name them to run them: scripts/bench.sh 'PlanBench|IndexBuildBench'.
# Each run's latest.json and latest.md are also kept as bench/results/run-<UTC time>.{json,md}
# (-quick appended for smoke runs); two runs side by side:
#   java -cp test/bench/target/benchmarks.jar io.hybriddal.bench.report.SideBySide bench/results/run-A.json bench/results/run-B.json
#
# It starts two etcds and one memcached on loopback (test/servers launchers, free ports, temporary
# data directories; etcd's on /dev/shm) for the whole run and stops them at the end. The second etcd
# holds only the bulk data (EtcdLargeBench, IndexBuildBench), so the other benchmarks measure an
# etcd of the same size whatever ran before them. Per-benchmark
# settings (forks, warm-up, measurement) are in the benchmark classes (test/bench).
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)

quick=0
scale=0
if [ "${1:-}" = "--quick" ]; then
  quick=1
  shift
elif [ "${1:-}" = "--scale" ]; then
  scale=1
  shift
fi

missing=()
command -v etcd >/dev/null 2>&1 || missing+=(etcd-server)
command -v memcached >/dev/null 2>&1 || missing+=(memcached)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "bench.sh: installing ${missing[*]} from Debian's packages"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
export HYBRIDDAL_REQUIRE_SERVERS=1

echo "bench.sh: building test/bench (profile bench)"
mvn -q -B -Pbench install -DskipTests -pl test/bench -am

jar=test/bench/target/benchmarks.jar
out=bench/results
mkdir -p "$out"
work=$(mktemp -d "${TMPDIR:-/tmp}/hybriddal-bench.XXXXXX")
export BENCH_WORK="$work" BENCH_PROBES="$work/probes"
servers_pid=""
cleanup() {
  if [ -n "$servers_pid" ]; then
    kill "$servers_pid" 2>/dev/null || true
    wait "$servers_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

java -cp "$jar" io.hybriddal.bench.support.ServersMain "$work/servers.env" >"$work/servers.log" 2>&1 &
servers_pid=$!
for _ in $(seq 1 600); do
  [ -f "$work/servers.env" ] && break
  if ! kill -0 "$servers_pid" 2>/dev/null; then
    echo "bench.sh: the servers did not start:" >&2
    cat "$work/servers.log" >&2
    exit 1
  fi
  sleep 0.1
done
[ -f "$work/servers.env" ] || { echo "bench.sh: servers not ready after 60 s" >&2; cat "$work/servers.log" >&2; exit 1; }
set -a
# shellcheck disable=SC1091
. "$work/servers.env"
set +a
echo "bench.sh: etcd $BENCH_ETCD, bulk-data etcd $BENCH_ETCD_BULK, memcached $BENCH_MEMCACHED"

jmh_args=(-rf json -rff "$out/jmh-latest.json" -prof gc)
heap_objects=1000000
if [ "$quick" = 1 ]; then
  jmh_args+=(-f 1 -wi 1 -i 1 -w 300ms -r 300ms -p n=10000 -p members=1000,10000 -p objects=1000,10000)
  heap_objects=100000
fi
if [ "$scale" = 1 ]; then
  jmh_args+=(-p objects=10000,1000000 -p n=10000,100000,1000000)
fi
if [ $# -eq 0 ]; then
  jmh_args+=(-e 'PlanBench|IndexBuildBench')
fi
echo "bench.sh: running JMH (log: $out/jmh-latest.log)"
java -jar "$jar" "${jmh_args[@]}" "$@" 2>&1 | tee "$out/jmh-latest.log" | grep --line-buffered -E '^# (Benchmark|Parameters):|^Result |^PROBE |Exception|ERROR' || true

echo "bench.sh: near-cache heap per object at $heap_objects objects"
java -Xms6g -Xmx6g -cp "$jar" io.hybriddal.bench.scale.HeapPerObject "$heap_objects" 2>&1 | tee -a "$out/jmh-latest.log" | grep -E 'loaded|near cache' || true

elapsed=$(( $(date +%s) - started ))
settings="full"
[ "$quick" = 1 ] && settings="QUICK smoke run (figures meaningless)"
[ "$scale" = 1 ] && settings="full, etcd at 1,000,000 objects"
java -cp "$jar" io.hybriddal.bench.report.Report "$out/jmh-latest.json" "$BENCH_PROBES" "$out" \
  "runSeconds=$elapsed" "run=$settings" \
  "stores=etcd $(etcd --version 2>/dev/null | head -1 | awk '{print $3}') single member on loopback, data on /dev/shm (test/servers EtcdProcess), EtcdLargeBench's objects on a second such etcd (test/bench Servers.bulkEtcd); memcached $(memcached -V 2>/dev/null | awk '{print $2}') on loopback; 100k-object benchmarks and the peer comparison on hybrid-dal's MEMORY stores; file-store growth on the FILE store (H2 MVStore, fsync per commit) under \$TMPDIR" \
  "extraJmhArgs=$*"
run="$out/run-$(date -u +%Y-%m-%dT%H%MZ)"
[ "$quick" = 1 ] && run="$run-quick"
cp "$out/latest.json" "$run.json"
cp "$out/latest.md" "$run.md"
echo "bench.sh: done in ${elapsed}s: $out/latest.md (kept as $run.md and .json)"
