#!/bin/bash
# Measures the quarterly audit sheet's XLSX at national scale, as the team lead or a script makes it:
# the `audit` command, from a cold start, within 1 GB of heap. The database is made once with the demo
# (125,000 invented children over 18 years: about a million assessments) and compacted by its close;
# each run works on a fresh copy of it. Prints each run's wall time and peak memory (GNU time) and the
# phases the application logs (caseload read, both periods' figures, workbook).
# Usage: docs/bench/audit-sheet.sh [RUNS] [QUARTER]   (after ./mvnw -q package -DskipTests; about
#        2.5 minutes to make the database the first time, kept as target/bench/national.mv.db)
set -u
runs=${1:-3}
quarter=${2:-2026/27-Q2}
cd "$(dirname "$0")/../.."
mkdir -p target/bench
export XDG_DATA_HOME=$(mktemp -d)
log="$XDG_DATA_HOME/lac-tracker/logs/lac-tracker.log"
if [ ! -f target/bench/national.mv.db ]; then
  java -Xmx4g -jar target/lac-tracker.jar --db target/bench/national demo --children 125000 --years 18
fi
for i in $(seq 1 "$runs"); do
  cp target/bench/national.mv.db target/bench/run.mv.db
  if [ -f "$log" ]; then : > "$log"; fi
  /usr/bin/time -f "run $i: %e s wall, %M KB peak resident" java -Xmx1g -jar target/lac-tracker.jar \
    --db target/bench/run audit --quarter "$quarter" --format xlsx --out target/bench/national.xlsx
  grep -h "Audit" "$log" | sed 's/.*AuditService - /   /'
done
rm -f target/bench/run.mv.db
