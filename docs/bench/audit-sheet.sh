#!/bin/bash
# Measures the quarterly audit sheet's XLSX at national scale within 1 GB of heap, two ways:
#  1. the `audit` command, as a script makes it, each run a cold start of its own JVM;
#  2. the Audit screen's path (both periods from the database, then the XLSX) run again and again in one
#     JVM (AuditSheetBenchmark): its first run is as cold as the command, the later ones are what the
#     window does once it has been open a while. Each run also times reading the audit's own input alone
#     (every stored case read and decoded, on as many threads), and says how many times that the audit took.
# The database is made once with the demo (125,000 invented children over 18 years: about a million
# assessments) and kept as target/bench/national.mv.db; each run works on a fresh copy of it. Prints each
# command run's wall time and peak memory (GNU time) and the times the application logs.
# Both run with JAVA_OPTS, by default a 1 GB heap and the quick compiler alone, as installed (decision
# 0010); JAVA_OPTS=-Xmx1g gives Java's default compilers, JAVA_OPTS="-Xmx2g -XX:+UseShenandoahGC
# -XX:TieredStopAtLevel=1" the installed application's options exactly.
# Usage: docs/bench/audit-sheet.sh [RUNS] [QUARTER]   (after ./mvnw -q package -DskipTests; about
#        2.5 minutes to make the database the first time)
set -u
opts=${JAVA_OPTS:--Xmx1g -XX:TieredStopAtLevel=1}
runs=${1:-3}
quarter=${2:-2026/27-Q2}
cd "$(dirname "$0")/../.."
mkdir -p target/bench
export XDG_DATA_HOME=$(mktemp -d)
log="$XDG_DATA_HOME/lac-tracker/logs/lac-tracker.log"
if [ ! -f target/bench/national.mv.db ]; then
  java -Xmx4g -jar target/lac-tracker.jar --db target/bench/national demo --children 125000 --years 18
fi
# A database from before the stored cases (decision 0009) gets them here, once, not in the first run.
java -Xmx1g -jar target/lac-tracker.jar --db target/bench/national snapshot --date 2000-01-01 > /dev/null
grep -h "Stored cases" "$log" 2>/dev/null | sed 's/.*CaseloadRepository - /made first: /'
for i in $(seq 1 "$runs"); do
  cp target/bench/national.mv.db target/bench/run.mv.db
  if [ -f "$log" ]; then : > "$log"; fi
  /usr/bin/time -f "command run $i: %e s wall, %M KB peak resident" java $opts -jar target/lac-tracker.jar \
    --db target/bench/run audit --quarter "$quarter" --format xlsx --out target/bench/national.xlsx
  grep -h "Audit" "$log" | sed 's/.*AuditService - /   /'
done
cp target/bench/national.mv.db target/bench/run.mv.db
echo "in one JVM, as the Audit screen does it ($opts):"
java $opts -cp "target/test-classes:target/classes:target/lib/*" lactracker.bench.AuditSheetBenchmark \
  target/bench/run "$quarter" 6 2>/dev/null | grep "^run"
rm -f target/bench/run.mv.db
