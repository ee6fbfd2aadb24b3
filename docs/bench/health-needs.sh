#!/bin/bash
# Issue 24: what the health-needs figures add to the quarterly audit sheet at national scale. Runs the
# `audit` command (XLSX) of this build and of a build from before the health-needs figures (BASE, a
# commit), turn about, RUNS times each, on fresh copies of the same national database (the demo's 125,000
# invented children over 18 years, as audit-sheet.sh makes it), and prints for each run the time the
# application logs for working the figures out (the stored cases read, both periods tallied), the time to
# write the workbook, and the command's wall time and peak memory.
# SKIP_COMMANDS=1 runs the second part alone.
# Usage: docs/bench/health-needs.sh [RUNS] [BASE] [QUARTER]   (after ./mvnw -q package -DskipTests)
set -u
opts=${JAVA_OPTS:--Xmx1g -XX:TieredStopAtLevel=1}
runs=${1:-3}
base=${2:-cb648e9}
quarter=${3:-2026/27-Q2}
cd "$(dirname "$0")/../.."
mkdir -p target/bench
if [ ! -f target/bench/national.mv.db ]; then
  XDG_DATA_HOME=$(mktemp -d) java -Xmx4g -jar target/lac-tracker.jar --db target/bench/national demo --children 125000 --years 18
fi
if [ ! -f "target/bench/base-$base/target/lac-tracker.jar" ]; then
  rm -rf "target/bench/base-$base"
  git clone -q . "target/bench/base-$base" && (cd "target/bench/base-$base" && git checkout -q "$base" \
    && ./mvnw -B -ntp -q package -DskipTests)
fi
run() { # NAME JAR
  export XDG_DATA_HOME=$(mktemp -d)
  log="$XDG_DATA_HOME/lac-tracker/logs/lac-tracker.log"
  cp target/bench/national.mv.db target/bench/run.mv.db
  wall=$( { /usr/bin/time -f "%e s wall, %M KB peak" java $opts -jar "$2" --db target/bench/run audit \
    --quarter "$quarter" --format xlsx --out "target/bench/$1.xlsx" > /dev/null; } 2>&1 | tail -1)
  figures=$(grep -h "Audit sheet: the stored cases" "$log" | sed 's/.* in \([0-9]*\) ms/\1/')
  xlsx=$(grep -h "Audit workbook written" "$log" | sed 's/.* in \([0-9]*\) ms/\1/')
  echo "$1: figures $figures ms, workbook $xlsx ms, $wall"
}
for i in $(seq 1 "$([ -n "${SKIP_COMMANDS:-}" ] && echo 0 || echo "$runs")"); do
  run "before-$i" "target/bench/base-$base/target/lac-tracker.jar"
  run "with-health-needs-$i" target/lac-tracker.jar
done
# Then as the Audit screen does it, in one JVM each (AuditSheetBenchmark: both periods from the database,
# then the XLSX, again and again; the later runs are a window open a while), the two builds turn about.
for build in "target/bench/base-$base" .; do
  (cd "$build" && [ -d target/test-classes/lactracker/bench ] || ./mvnw -B -ntp -q test-compile)
done
for i in 1 2; do
  for build in "target/bench/base-$base" .; do
    cp target/bench/national.mv.db target/bench/run.mv.db
    echo "$( [ "$build" = . ] && echo with-health-needs || echo before ), in one JVM ($i):"
    XDG_DATA_HOME=$(mktemp -d) java $opts -cp "$build/target/test-classes:$build/target/classes:$build/target/lib/*" \
      lactracker.bench.AuditSheetBenchmark target/bench/run "$quarter" 5 2>/dev/null | grep "^run"
  done
done
rm -f target/bench/run.mv.db
