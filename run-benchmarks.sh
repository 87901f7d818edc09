#!/usr/bin/env bash
# The jiis benchmark (bench/README.md): what jiis costs per event against the floors and the
# naive bridge, Java heap per event, RegisterModule's start time with and without an archive of
# the module's classes, and what the processor costs javac. Builds what it needs under
# bench/target, measures on this machine, and writes bench/RESULTS.md. Linux only; takes about
# ten minutes.
#
# Two passes per event: everything on the main JDK (Java 22 or later: events enter Java through
# foreign-function upcall stubs), then the per-event cases again on a second JDK (Java 17: JNI
# upcalls), with the same jiis-bench, the same modules and the same classes (compiled with
# --release 17).
#
# Environment: JIIS_BENCH_JAVA_HOME (the main JDK; default /usr/lib/jvm/temurin-25-jdk-amd64 if it
# exists, else /usr/lib/jvm/java-17-openjdk-amd64), JIIS_BENCH_JNI_JAVA_HOME (the JDK of the
# second pass, default /usr/lib/jvm/java-17-openjdk-amd64; the pass is skipped if it is missing
# or the main JDK), JIIS_BENCH_ROUNDS (per-event rounds, 11), JIIS_BENCH_START_RUNS (processes
# per start configuration, 11), JIIS_BENCH_JAVAC_ROUNDS (javac rounds, 5).
set -euo pipefail
cd "$(dirname "$0")"
root=$PWD

jdk25=/usr/lib/jvm/temurin-25-jdk-amd64
jdk17=/usr/lib/jvm/java-17-openjdk-amd64
if [ -x "$jdk25/bin/javac" ]; then default_java_home=$jdk25; else default_java_home=$jdk17; fi
java_home="${JIIS_BENCH_JAVA_HOME:-$default_java_home}"
jni_java_home="${JIIS_BENCH_JNI_JAVA_HOME:-$jdk17}"
rounds="${JIIS_BENCH_ROUNDS:-11}"
start_runs="${JIIS_BENCH_START_RUNS:-11}"
javac_rounds="${JIIS_BENCH_JAVAC_ROUNDS:-5}"

version=0.1.0-SNAPSHOT
work=$root/bench/target
jars=$work/jars
classes=$work/classes
build=$work/build
run=$work/run
results=$work/results
runtime_jar=$jars/jiis-runtime-$version.jar
processor_jar=$jars/jiis-processor-$version.jar
reference_jar=$jars/reference-processor.jar
upcalls_jar=$jars/upcalls.jar
bench=$build/jiis-bench/jiis-bench
javac=$java_home/bin/javac
java=$java_home/bin/java
# The classes run on both JDKs.
release=(--release 17)

log() { echo "run-benchmarks: $*" >&2; }
fail() { log "$*"; exit 1; }

# <java home>: the JDK's feature release (17, 25, ...), from its release file or `java -version`.
java_feature() {
  local version
  version=$(sed -n 's/^JAVA_VERSION="\(.*\)"$/\1/p' "$1/release" 2>/dev/null || true)
  [ -n "$version" ] || version=$("$1/bin/java" -version 2>&1 | sed -n '1s/^[^"]*"\([^"]*\)".*/\1/p')
  version=${version#1.}
  version=${version%%[!0-9]*}
  [ -n "$version" ] || fail "cannot tell the Java version of $1"
  echo "$version"
}

check_tools() {
  [ "$(uname -s)" = Linux ] || fail "the benchmark runs on Linux only"
  [ -x "$javac" ] || fail "no JDK at $java_home (set JIIS_BENCH_JAVA_HOME)"
  command -v cmake >/dev/null || fail "cmake is missing (apt-get install cmake)"
  command -v c++ >/dev/null || fail "a C++ compiler is missing (apt-get install g++)"
}

# The second per-event pass (JNI upcalls): on, unless its JDK is missing or is the main one.
choose_jni_pass() {
  main_feature=$(java_feature "$java_home")
  jni_pass=0
  if [ ! -x "$jni_java_home/bin/java" ]; then
    log "no JDK at $jni_java_home (JIIS_BENCH_JNI_JAVA_HOME): skipping the second per-event pass (JNI upcalls)"
  elif [ "$(readlink -f "$jni_java_home")" = "$(readlink -f "$java_home")" ]; then
    log "the JNI pass's JDK is the main JDK ($java_home): skipping the second per-event pass"
  else
    jni_pass=1
    jni_feature=$(java_feature "$jni_java_home")
  fi
}

# The jars, copied so that a rebuild elsewhere in the checkout cannot change them mid-run.
build_jars() {
  log "building the runtime and processor jars"
  local maven_opts=${MAVEN_OPTS:-}
  # Maven's Guava warns about sun.misc.Unsafe on Java 24 and later.
  if [ "$main_feature" -ge 24 ]; then maven_opts="$maven_opts --sun-misc-unsafe-memory-access=allow"; fi
  JAVA_HOME=$java_home MAVEN_OPTS=$maven_opts mvn -B -ntp -q -pl runtime,processor -am package -DskipTests >&2
  rm -rf "$work"
  mkdir -p "$jars" "$classes" "$build" "$run" "$results"
  cp "runtime/target/jiis-runtime-$version.jar" "processor/target/jiis-processor-$version.jar" "$jars/"
}

java_sources() { find "$@" -name '*.java' -print0; }

compile_java() {
  log "compiling the benchmark modules (with the processor), Upcalls and the tools (--release 17)"
  local sources
  mapfile -d '' sources < <(java_sources bench/modules)
  "$javac" "${release[@]}" -processorpath "$processor_jar" -cp "$runtime_jar" \
    -Ajiis.nativeDir="$work/native-sources" -d "$classes/modules" -s "$work/generated" "${sources[@]}"
  mapfile -d '' sources < <(java_sources bench/support)
  "$javac" "${release[@]}" -d "$classes/support" "${sources[@]}"
  # A jar: with a folder on the JVM's class path, a class-data sharing dump ends the process.
  "$java_home/bin/jar" --create --file "$upcalls_jar" -C "$classes/support" .
  mapfile -d '' sources < <(java_sources bench/reference-processor)
  "$javac" "${release[@]}" -d "$classes/reference" "${sources[@]}"
  cp -r bench/reference-processor/META-INF "$classes/reference/"
  "$java_home/bin/jar" --create --file "$reference_jar" -C "$classes/reference" .
  mapfile -d '' sources < <(java_sources bench/tools)
  "$javac" "${release[@]}" -cp "$processor_jar" -d "$classes/tools" "${sources[@]}"
}

# <source folder> <build folder> [cmake options]: configure and build, RelWithDebInfo (-O2 -g).
cmake_build() {
  local source=$1 target=$2
  shift 2
  cmake -S "$source" -B "$target" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJIIS_JAVA_HOME="$java_home" "$@" \
    >"$target.configure.log" 2>&1 || { cat "$target.configure.log" >&2; fail "configuring $source failed"; }
  cmake --build "$target" --parallel 2 >"$target.build.log" 2>&1 \
    || { cat "$target.build.log" >&2; fail "building $source failed"; }
}

build_native() {
  log "building jiis-bench and the generated modules"
  cmake_build bench/native "$build/jiis-bench"
  for module in BenchContinue BenchSid; do
    cmake_build "$work/native-sources/$module" "$build/$module" \
      -DJIIS_IIS_INCLUDE_DIR="$root/testkit/src/main/native/iis" \
      -DJIIS_WINSHIM_DIR="$root/testkit/src/main/native/winshim"
  done
}

# <folder> <module> <settings line>...: the module's library beside its settings file.
install_module() {
  local folder=$1 module=$2
  shift 2
  mkdir -p "$folder"
  cp "$build/$module/$module.so" "$folder/"
  printf '%s\n' "$@" >"$folder/$module.jiis.properties"
}

# The start configurations, in the order they alternate: without an archive of the module's
# classes; with one (an AOT cache on Java 25 or later, a dynamic CDS archive before); on Java 22
# or later also with JNI upcalls forced (no foreign-linker bootstrap); and on the JNI pass's JDK.
choose_start_configurations() {
  if [ "$main_feature" -ge 25 ]; then archive_kind=aot; else archive_kind=cds; fi
  start_configurations=(plain "$archive_kind")
  if [ "$main_feature" -ge 22 ]; then start_configurations+=(jni_upcalls); fi
  if [ "$jni_pass" = 1 ]; then start_configurations+=(jni_jdk); fi
}

install_modules() {
  local java_home_line="java.home = $java_home"
  local class_path_line="class.path = $classes/modules;$runtime_jar"
  local bench_class_path="jvm.option = -Djava.class.path=$upcalls_jar"
  local fail_line="startup.failure = fail"
  local jni_line="event.upcalls = jni"
  local profile_lines=("jvm.option = -XX:+UnlockDiagnosticVMOptions" "jvm.option = -XX:+DumpPerfMapAtExit"
    "jvm.option = -XX:+PreserveFramePointer")
  for folder in events profile events-jni profile-jni; do
    install_module "$run/$folder" BenchSid "$class_path_line" "$fail_line"
  done
  install_module "$run/events" BenchContinue "$java_home_line" "$class_path_line" "$bench_class_path" "$fail_line"
  install_module "$run/profile" BenchContinue "$java_home_line" "$class_path_line" "$bench_class_path" \
    "${profile_lines[@]}" "$fail_line"
  install_module "$run/start-plain" BenchContinue "$java_home_line" "$class_path_line" "$fail_line"
  if [ "$archive_kind" = aot ]; then
    # JEP 514: the training run writes the AOT cache when its JVM ends.
    archive=$run/BenchContinue.aot
    install_module "$run/archive-train" BenchContinue "$java_home_line" "$class_path_line" \
      "jvm.option = -XX:AOTCacheOutput=$archive" "$fail_line"
    install_module "$run/start-aot" BenchContinue "$java_home_line" "$class_path_line" \
      "jvm.option = -XX:AOTCache=$archive" "$fail_line"
  else
    archive=$run/BenchContinue.jsa
    install_module "$run/archive-train" BenchContinue "$java_home_line" "$class_path_line" \
      "jvm.option = -XX:ArchiveClassesAtExit=$archive" "$fail_line"
    install_module "$run/start-cds" BenchContinue "$java_home_line" "$class_path_line" \
      "jvm.option = -XX:SharedArchiveFile=$archive" "$fail_line"
  fi
  install_module "$run/start-jni_upcalls" BenchContinue "$java_home_line" "$class_path_line" "$jni_line" "$fail_line"
  if [ "$jni_pass" = 1 ]; then
    # A JNI pass on Java 22 or later forces JNI upcalls; on older JDKs these are jiis's defaults.
    local jni_lines=("java.home = $jni_java_home" "$class_path_line")
    if [ "$jni_feature" -ge 22 ]; then jni_lines+=("$jni_line"); fi
    install_module "$run/events-jni" BenchContinue "${jni_lines[@]}" "$bench_class_path" "$fail_line"
    install_module "$run/profile-jni" BenchContinue "${jni_lines[@]}" "$bench_class_path" \
      "${profile_lines[@]}" "$fail_line"
    install_module "$run/start-jni_jdk" BenchContinue "${jni_lines[@]}" "$fail_line"
  fi
}

# <log>: how the events entered Java, from BenchContinue's start entry ("foreign-function upcalls",
# "JNI upcalls (why)").
upcall_path() {
  local path
  path=$(sed -n 's/.*The jiis module BenchContinue started: .*; events enter Java through \(.*\)\.$/\1/p' "$1" | head -1)
  echo "${path:-unknown (the start entry of BenchContinue did not say)}"
}

# <log>: the options BenchContinue created the JVM with, the Upcalls jar abbreviated.
jvm_options() {
  local options
  options=$(sed -n 's/.*The jiis module BenchContinue started: .* with options: \(.*\); events enter Java through .*/\1/p' "$1" | head -1)
  echo "${options:-unknown}" | sed "s|-Djava.class.path=$upcalls_jar|-Djava.class.path=<Upcalls>|"
}

# <folder under run> <log> <key prefix> <JDK home>: cases (a) to (e) and heap per event into stdout.
run_events() {
  local folder=$1 events_log=$2 prefix=$3 home=$4
  "$bench" events "$run/$folder/BenchContinue.so" "$run/$folder/BenchSid.so" --rounds "$rounds" \
    2>"$events_log" | sed "s/^/$prefix/" || { cat "$events_log" >&2; fail "jiis-bench events ($folder) failed"; }
  echo "${prefix}events.jvm = $home, options $(jvm_options "$events_log")"
  echo "${prefix}events.upcalls = $(upcall_path "$events_log")"
  echo "${prefix}events.java_feature = $(java_feature "$home")"
  echo "${prefix}events.jdk = $("$home/bin/java" -version 2>&1 | sed -n 2p)"
}

measure_events() {
  log "per-event cases (a) to (e) and heap per event on Java $main_feature, $rounds rounds"
  run_events events "$work/events.log" "" "$java_home" >"$results/events.properties"
  log "Java $main_feature: events enter Java through $(upcall_path "$work/events.log")"
  if [ "$jni_pass" = 1 ]; then
    log "per-event cases (a) to (e) and heap per event on Java $jni_feature ($jni_java_home), $rounds rounds"
    run_events events-jni "$work/events-jni.log" "jni." "$jni_java_home" >"$results/events-jni.properties"
    log "Java $jni_feature: events enter Java through $(upcall_path "$work/events-jni.log")"
  fi
}

# <configuration> <run number>: one fresh process; its figures go to start.<configuration>.*.<n>.
start_once() {
  local configuration=$1 number=$2 output
  output=$("$bench" start "$run/start-$configuration/BenchContinue.so" 2>>"$work/start.log") \
    || { cat "$work/start.log" >&2; fail "jiis-bench start ($configuration) failed"; }
  sed "s/^start\.\([a-z_]*\) = /start.$configuration.\1.$number = /" <<<"$output" >>"$results/start.properties"
}

# <configuration>: one extra run with -Xlog:class+load; counts what was loaded before RegisterModule
# returned. A class from a CDS archive or an AOT cache logs "source: shared objects file".
check_start() {
  local configuration=$1 folder loaded
  folder=$run/start-$configuration-check
  mkdir -p "$folder"
  cp "$run/start-$configuration/"* "$folder/"
  echo "jvm.option = -Xlog:class+load" >>"$folder/BenchContinue.jiis.properties"
  "$bench" start "$folder/BenchContinue.so" --jvm-output-ok >/dev/null 2>"$work/start-$configuration-check.log" \
    || { cat "$work/start-$configuration-check.log" >&2; fail "jiis-bench start ($configuration, -Xlog) failed"; }
  loaded=$(sed '/The jiis module BenchContinue started/q' "$work/start-$configuration-check.log")
  {
    echo "start.check.$configuration.invoke_classes = $(grep -cE '\$\$Lambda|__JVM_LookupDefineClass__' <<<"$loaded" || true)"
    echo "start.check.$configuration.classes = $(grep -cE 'class,load *\] ' <<<"$loaded" || true)"
    echo "start.check.$configuration.archived = $(grep -cE 'class,load *\] .* source: shared objects file' <<<"$loaded" || true)"
    echo "start.check.$configuration.jiis_classes = $(grep -cE 'class,load *\] org\.jiis\.' <<<"$loaded" || true)"
    echo "start.check.$configuration.archived_classes = $(grep -cE 'class,load *\] org\.jiis\..* source: shared objects file' <<<"$loaded" || true)"
  } >>"$results/start-check.properties"
}

measure_start() {
  local configuration
  if [ "$archive_kind" = aot ]; then
    log "RegisterModule start time: an AOT cache (-XX:AOTCacheOutput), then $start_runs fresh processes per configuration"
  else
    log "RegisterModule start time: a class-data sharing archive, then $start_runs fresh processes per configuration"
  fi
  "$bench" cds-train "$run/archive-train/BenchContinue.so" >/dev/null 2>"$work/archive-train.log" \
    || { cat "$work/archive-train.log" >&2; fail "jiis-bench cds-train failed"; }
  [ -f "$archive" ] || fail "the training run wrote no archive (see $work/archive-train.log)"
  {
    echo "start.archive = $archive_kind"
    echo "start.configurations = ${start_configurations[*]}"
    echo "start.java_feature = $main_feature"
    if [ "$jni_pass" = 1 ]; then echo "start.jni_java_feature = $jni_feature"; fi
  } >>"$results/start.properties"
  for number in $(seq 1 "$start_runs"); do
    for configuration in "${start_configurations[@]}"; do
      start_once "$configuration" "$number"
    done
  done
  for configuration in "${start_configurations[@]}"; do
    check_start "$configuration"
  done
}

measure_processor() {
  log "javac with the processor, with -proc:none and with a do-nothing processor, $javac_rounds rounds"
  "$java" -cp "$classes/tools" org.jiis.bench.tools.ProcessorBench --javac "$javac" \
    --processor "$processor_jar" --runtime "$runtime_jar" --reference "$reference_jar" \
    --work "$work/javac" --rounds "$javac_rounds" --out "$results/processor.properties"
  log "javac profiles (JFR)"
  local name options
  for name in with none; do
    if [ $name = with ]; then options=(-processorpath "$processor_jar"); else options=(-proc:none); fi
    rm -rf "$work/javac/jfr-$name" && mkdir -p "$work/javac/jfr-$name"
    "$javac" -J-XX:StartFlightRecording=filename="$work/javac/$name.jfr",settings=profile \
      -J-XX:FlightRecorderOptions=stackdepth=512 "${options[@]}" -cp "$runtime_jar" -encoding UTF-8 \
      -d "$work/javac/jfr-$name" -s "$work/javac/jfr-$name" "@$work/javac/sources.txt" >/dev/null
  done
  "$java" -cp "$classes/tools" org.jiis.bench.tools.JavacProfile --out "$results/profile-javac.txt" \
    "with the processor=$work/javac/with.jfr" "-proc:none=$work/javac/none.jfr"
  log "generating one module's output in process"
  "$java" -cp "$classes/tools:$processor_jar" org.jiis.bench.tools.GenerationBench \
    --work "$work/generation" --out "$results/generation.properties"
}

# perf's flat profile (self time) of cases (b), (b2) and (d) on the main JDK, and of (d) in the JNI
# pass; skipped without a working perf.
profile_events() {
  if ! perf record -e cpu-clock -o /dev/null true >/dev/null 2>&1; then
    log "no usable perf: the results will have no per-event profiles"
    return
  fi
  local profiles=("profile b b" "profile b2 b2" "profile d d") entry folder key name output pid
  if [ "$jni_pass" = 1 ]; then profiles+=("profile-jni d jni-d"); fi
  for entry in "${profiles[@]}"; do
    read -r folder key name <<<"$entry"
    log "profiling case ($key) ($folder)"
    output=$(perf record -e cpu-clock -F 1999 -o "$work/perf-$name.data" -- "$bench" profile \
      "$run/$folder/BenchContinue.so" "$run/$folder/BenchSid.so" --case "$key" --seconds 4 2>"$work/profile-$name.log") \
      || { cat "$work/profile-$name.log" >&2; fail "profiling case ($key) ($folder) failed"; }
    perf report -i "$work/perf-$name.data" --no-children --sort dso,symbol --stdio -q \
      >"$work/perf-$name.txt" 2>/dev/null
    grep -v '^$' "$work/perf-$name.txt" | sed -n 1,25p | cut -c1-150 >"$results/profile-$name.txt"
    pid=$(sed -n 's/^profile\.pid = //p' <<<"$output")
    [ -n "$pid" ] && rm -f "/tmp/perf-$pid.map"
  done
}

# ", virtual machine" when the CPU reports a hypervisor.
virtualized() {
  if grep -qw hypervisor /proc/cpuinfo; then echo ", virtual machine"; fi
}

describe_machine() {
  local cpu family model
  cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
  family=$(sed -n 's/^cpu family[[:space:]]*: //p' /proc/cpuinfo | head -1)
  model=$(sed -n 's/^model[[:space:]]*: //p' /proc/cpuinfo | head -1)
  {
    echo "machine.cpu = ${cpu:-unknown} (family ${family:-?}, model ${model:-?}$(virtualized))"
    echo "machine.cores = $(nproc)"
    echo "machine.jdk = $("$java" -version 2>&1 | sed -n 2p) ($java_home)"
    if [ "$jni_pass" = 1 ]; then
      echo "machine.jni_jdk = $("$jni_java_home/bin/java" -version 2>&1 | sed -n 2p) ($jni_java_home)"
    fi
    echo "machine.os = $(uname -sr)"
    echo "machine.compiler = $(c++ --version | head -1)"
    echo "machine.date = $(date -u '+%Y-%m-%d %H:%M')"
    echo "machine.load_start = $1"
    echo "machine.load_end = $(cut -d' ' -f1 /proc/loadavg)"
  } >"$results/machine.properties"
}

check_tools
choose_jni_pass
choose_start_configurations
build_jars
compile_java
build_native
install_modules
load_start=$(cut -d' ' -f1 /proc/loadavg)
measure_events
measure_start
measure_processor
profile_events
describe_machine "$load_start"
"$java" -cp "$classes/tools" org.jiis.bench.tools.ResultsReport --results "$results" --out bench/RESULTS.md
log "wrote bench/RESULTS.md"
