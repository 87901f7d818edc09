#!/usr/bin/env bash
# Runs every jiis test: the whole build on the default JDK (17), where events enter Java through
# JNI upcalls, then the whole build again on JDK 25, where they take foreign-function upcall stubs
# and javac only runs processors named on the processor path.
set -euo pipefail
cd "$(dirname "$0")"

jdk25="${JIIS_JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
if [ ! -x "$jdk25/bin/javac" ]; then
  echo "run-tests: no JDK 25 at $jdk25 (set JIIS_JDK25 to a JDK 23+ home)" >&2
  exit 1
fi

mvn -B -ntp verify "$@"
JAVA_HOME="$jdk25" mvn -B -ntp verify "$@"
