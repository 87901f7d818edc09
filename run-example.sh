#!/usr/bin/env bash
# The main job: builds the example module (examples/token-cache-audit) from its Java source to a
# native library, and runs it in jiis-host, the IIS host simulator, showing its registration and
# the event-log entries it writes for a few token-cache events.
# Needs JDK 17+, Maven, g++ and cmake (the Debian packages .ci/run installs).
set -euo pipefail
cd "$(dirname "$0")"

log=$(mktemp "${TMPDIR:-/tmp}/jiis-run-example.XXXXXX")
trap 'rm -f "$log"' EXIT

echo "Building the example with Maven (the first build downloads dependencies):"
echo "  TokenCacheAudit.java -> jiis annotation processor -> generated C++ -> CMake + g++ -> TokenCacheAudit.so"
if ! mvn -B -ntp -pl examples/token-cache-audit -am install -DskipTests >"$log" 2>&1; then
  cat "$log" >&2
  echo "run-example: the build failed (Maven's output is above)." >&2
  exit 1
fi
echo

# RunInSimulator (examples/token-cache-audit/src/test/java/.../simulator) prints the run. Maven 3.8
# writes colour resets around it even in batch mode; sed drops them.
mvn -B -ntp -q -pl examples/token-cache-audit exec:java@run-example 2>&1 | sed 's/\x1b\[[0-9;]*m//g'
