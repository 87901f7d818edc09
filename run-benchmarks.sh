#!/usr/bin/env bash
# The jiis benchmark (bench/README.md): what jiis costs per event against the floors and the
# naive bridge, Java heap per event, RegisterModule's start time with and without class-data
# sharing, and what the processor costs javac. Builds what it needs under bench/target, measures
# on this machine, and writes bench/RESULTS.md. Linux only; takes about ten minutes.
#
# Environment: JIIS_BENCH_JAVA_HOME (default /usr/lib/jvm/java-17-openjdk-amd64),
# JIIS_BENCH_ROUNDS (per-event rounds, 11), JIIS_BENCH_START_RUNS (processes per start
# configuration, 11), JIIS_BENCH_JAVAC_ROUNDS (javac rounds, 5).
set -euo pipefail
cd "$(dirname "$0")"
root=$PWD

java_home="${JIIS_BENCH_JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}"
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

log() { echo "run-benchmarks: $*" >&2; }
fail() { log "$*"; exit 1; }

check_tools() {
  [ "$(uname -s)" = Linux ] || fail "the benchmark runs on Linux only"
  [ -x "$javac" ] || fail "no JDK at $java_home (set JIIS_BENCH_JAVA_HOME)"
  command -v cmake >/dev/null || fail "cmake is missing (apt-get install cmake)"
  command -v c++ >/dev/null || fail "a C++ compiler is missing (apt-get install g++)"
}

# The jars, copied so that a rebuild elsewhere in the checkout cannot change them mid-run.
build_jars() {
  log "building the runtime and processor jars"
  JAVA_HOME=$java_home mvn -B -ntp -q -pl runtime,processor -am package -DskipTests >&2
  rm -rf "$work"
  mkdir -p "$jars" "$classes" "$build" "$run" "$results"
  cp "runtime/target/jiis-runtime-$version.jar" "processor/target/jiis-processor-$version.jar" "$jars/"
}

java_sources() { find "$@" -name '*.java' -print0; }

compile_java() {
  log "compiling the benchmark modules (with the processor), Upcalls and the tools"
  local sources
  mapfile -d '' sources < <(java_sources bench/modules)
  "$javac" -processorpath "$processor_jar" -cp "$runtime_jar" -Ajiis.nativeDir="$work/native-sources" \
    -d "$classes/modules" -s "$work/generated" "${sources[@]}"
  mapfile -d '' sources < <(java_sources bench/support)
  "$javac" -d "$classes/support" "${sources[@]}"
  # A jar: with a folder on the JVM's class path, a class-data sharing dump ends the process.
  "$java_home/bin/jar" --create --file "$upcalls_jar" -C "$classes/support" .
  mapfile -d '' sources < <(java_sources bench/reference-processor)
  "$javac" -d "$classes/reference" "${sources[@]}"
  cp -r bench/reference-processor/META-INF "$classes/reference/"
  "$java_home/bin/jar" --create --file "$reference_jar" -C "$classes/reference" .
  mapfile -d '' sources < <(java_sources bench/tools)
  "$javac" -cp "$processor_jar" -d "$classes/tools" "${sources[@]}"
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

install_modules() {
  local java_home_line="java.home = $java_home"
  local class_path_line="class.path = $classes/modules;$runtime_jar"
  local bench_class_path="jvm.option = -Djava.class.path=$upcalls_jar"
  local fail_line="startup.failure = fail"
  local archive=$run/BenchContinue.jsa
  for folder in events profile; do
    install_module "$run/$folder" BenchSid "$class_path_line" "$fail_line"
  done
  install_module "$run/events" BenchContinue "$java_home_line" "$class_path_line" "$bench_class_path" "$fail_line"
  install_module "$run/profile" BenchContinue "$java_home_line" "$class_path_line" "$bench_class_path" \
    "jvm.option = -XX:+UnlockDiagnosticVMOptions" "jvm.option = -XX:+DumpPerfMapAtExit" \
    "jvm.option = -XX:+PreserveFramePointer" "$fail_line"
  install_module "$run/start-plain" BenchContinue "$java_home_line" "$class_path_line" "$fail_line"
  install_module "$run/cds-train" BenchContinue "$java_home_line" "$class_path_line" \
    "jvm.option = -XX:ArchiveClassesAtExit=$archive" "$fail_line"
  install_module "$run/start-cds" BenchContinue "$java_home_line" "$class_path_line" \
    "jvm.option = -XX:SharedArchiveFile=$archive" "$fail_line"
}

measure_events() {
  log "per-event cases (a) to (e) and heap per event, $rounds rounds"
  "$bench" events "$run/events/BenchContinue.so" "$run/events/BenchSid.so" --rounds "$rounds" \
    >"$results/events.properties" 2>"$work/events.log" || { cat "$work/events.log" >&2; fail "jiis-bench events failed"; }
  echo "events.jvm = $java_home, options -Xrs -Djava.class.path=<Upcalls>" >>"$results/events.properties"
}

# <configuration> <run number>: one fresh process; its figures go to start.<configuration>.*.<n>.
start_once() {
  local configuration=$1 number=$2 output
  output=$("$bench" start "$run/start-$configuration/BenchContinue.so" 2>>"$work/start.log") \
    || { cat "$work/start.log" >&2; fail "jiis-bench start ($configuration) failed"; }
  sed "s/^start\.\([a-z_]*\) = /start.$configuration.\1.$number = /" <<<"$output" >>"$results/start.properties"
}

# <configuration>: one extra run with -Xlog:class+load; counts what was loaded before RegisterModule returned.
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
    echo "start.check.$configuration.jiis_classes = $(grep -cE 'class,load *\] org\.jiis\.' <<<"$loaded" || true)"
    echo "start.check.$configuration.archived_classes = $(grep -cE 'class,load *\] org\.jiis\..* source: shared objects file' <<<"$loaded" || true)"
  } >>"$results/start-check.properties"
}

measure_start() {
  log "RegisterModule start time: a class-data sharing archive, then $start_runs fresh processes per configuration"
  "$bench" cds-train "$run/cds-train/BenchContinue.so" >/dev/null 2>"$work/cds-train.log" \
    || { cat "$work/cds-train.log" >&2; fail "jiis-bench cds-train failed"; }
  [ -f "$run/BenchContinue.jsa" ] || fail "the training run wrote no archive (see $work/cds-train.log)"
  for number in $(seq 1 "$start_runs"); do
    start_once plain "$number"
    start_once cds "$number"
  done
  check_start plain
  check_start cds
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

# perf's flat profile (self time) of cases (b), (b2) and (d); skipped without a working perf.
profile_events() {
  if ! perf record -e cpu-clock -o /dev/null true >/dev/null 2>&1; then
    log "no usable perf: the results will have no per-event profiles"
    return
  fi
  local key output pid
  for key in b b2 d; do
    log "profiling case ($key)"
    output=$(perf record -e cpu-clock -F 1999 -o "$work/perf-$key.data" -- "$bench" profile \
      "$run/profile/BenchContinue.so" "$run/profile/BenchSid.so" --case "$key" --seconds 4 2>"$work/profile-$key.log") \
      || { cat "$work/profile-$key.log" >&2; fail "profiling case ($key) failed"; }
    perf report -i "$work/perf-$key.data" --no-children --sort dso,symbol --stdio -q \
      >"$work/perf-$key.txt" 2>/dev/null
    grep -v '^$' "$work/perf-$key.txt" | sed -n 1,25p | cut -c1-150 >"$results/profile-$key.txt"
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
    echo "machine.os = $(uname -sr)"
    echo "machine.compiler = $(c++ --version | head -1)"
    echo "machine.date = $(date -u '+%Y-%m-%d %H:%M')"
    echo "machine.load_start = $1"
    echo "machine.load_end = $(cut -d' ' -f1 /proc/loadavg)"
  } >"$results/machine.properties"
}

check_tools
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
