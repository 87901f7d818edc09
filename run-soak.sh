#!/usr/bin/env bash
# The reliability soak: 2 IIS threads x 5,000,000 cache operations (token, file and URI records,
# one handler call in ten throwing) at the MixedLoad module in jiis-host, the IIS host simulator,
# under -Xcheck:jni. It is examples/reliability's LoadIT at full size (the normal build runs it at
# 2 x 1,000,000); it fails on a crash, a count that does not add up, a JNI warning, an unreleased
# record reference or resident memory growing 5 MB or more after warm-up, and prints its figures
# (examples/reliability/SOAK.md keeps those of a recorded run).
#
#   ./run-soak.sh                 # 5,000,000 events per thread
#   ./run-soak.sh -o              # extra arguments go to Maven (here: offline)
#   JIIS_SOAK_EVENTS=20000000 ./run-soak.sh
#
# Needs JDK 17+, Maven, g++ and cmake (the Debian packages .ci/run installs).
set -euo pipefail
cd "$(dirname "$0")"

events="${JIIS_SOAK_EVENTS:-5000000}"
log=$(mktemp "${TMPDIR:-/tmp}/jiis-run-soak.XXXXXX")
trap 'rm -f "$log"' EXIT

echo "Building examples/reliability and its modules (tests skipped)..."
if ! mvn -B -ntp "$@" -pl examples/reliability -am install -DskipTests >"$log" 2>&1; then
  cat "$log" >&2
  echo "run-soak: the build failed (Maven's output is above)." >&2
  exit 1
fi

echo "Soak: 2 threads x $events cache operations in jiis-host..."
start=$(date +%s)
if ! mvn -B -ntp "$@" -pl examples/reliability verify -Dit.test=LoadIT \
    -Djiis.load.events="$events" >"$log" 2>&1; then
  cat "$log" >&2
  echo "run-soak: the soak failed (Maven's output is above; the simulator's run files are named there)." >&2
  exit 1
fi
echo "Passed in $(( $(date +%s) - start )) s (Maven included). Figures:"
echo
cat examples/reliability/target/load-figures.md
