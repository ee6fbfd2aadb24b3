#!/bin/bash
# After a full 903 import into the national-scale demo (100,000 invented children, and an extract of
# 100,000 more): the import's time, the first `alerts` command after it, and what the window's five
# whole-caseload screens (Alerts, Children, Escalations, Payments, Team overview) spend reading, one
# after another in one JVM, then again (ScreensReadingBenchmark). Issue 20 asks these to be measured back
# to back with the commit before: run this script in a clone of each commit, one after the other.
# Usage: docs/bench/screens-reading.sh [CHILDREN]   (after ./mvnw -q package -DskipTests; CHILDREN 100000)
# Both the import and the readings run with JAVA_OPTS, by default a 1 GB heap and the quick compiler
# alone, as installed (decision 0010). Prints wall time, CPU time and peak memory (GNU time).
set -u
children=${1:-100000}
opts=${JAVA_OPTS:--Xmx1g -XX:TieredStopAtLevel=1}
cd "$(dirname "$0")/../.."
bench=target/bench
mkdir -p $bench
export XDG_DATA_HOME=$(mktemp -d)
cp_="target/test-classes:target/classes:target/lib/*"
t() { /usr/bin/time -f "   %e s wall, %U s user, %S s system, %M KB peak resident" "$@"; }
if [ ! -f $bench/demo-$children.mv.db ]; then
  java -Xmx4g -jar target/lac-tracker.jar --db $bench/demo-$children demo --children "$children" > /dev/null
fi
if [ ! -f $bench/extract-$children/episodes.csv ]; then
  mkdir -p $bench/extract-$children
  java -cp "$cp_" lactracker.bench.NationalExtract $bench/extract-$children "$children"
fi
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
cp $bench/demo-$children.mv.db $bench/imported.mv.db
echo "import-903 of $children children into the $children-child demo:"
t java $opts -jar target/lac-tracker.jar --db $bench/imported import-903 $bench/extract-$children > /dev/null
cp $bench/imported.mv.db $bench/run.mv.db
echo "the first alerts command after it:"
t java $opts -jar target/lac-tracker.jar --db $bench/run alerts > /dev/null
cp $bench/imported.mv.db $bench/run.mv.db
echo "the five screens' readings after it, in one JVM:"
t java $opts -cp "$cp_" lactracker.bench.ScreensReadingBenchmark $bench/run 2 2>/dev/null
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -f $bench/run.mv.db $bench/imported.mv.db
