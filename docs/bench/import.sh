#!/bin/bash
# Issue 22: `import-903` of a national-scale extract (NationalExtract: CHILDREN children, about 2.5 episodes
# each) into an empty database, then into that database again (every row unchanged), with JAVA_OPTS as
# installed (decision 0010) and a 1 GB heap. Prints wall and CPU time and peak memory (GNU time), and the
# load before and after: run it back to back in a clone of each commit to compare.
# Usage: docs/bench/import.sh [CHILDREN]   (after ./mvnw -q package -DskipTests test-compile; CHILDREN 100000)
set -u
children=${1:-100000}
opts=${JAVA_OPTS:--Xmx1g -XX:TieredStopAtLevel=1}
cd "$(dirname "$0")/../.."
bench=target/bench
mkdir -p $bench
export XDG_DATA_HOME=$(mktemp -d)
cp_="target/test-classes:target/classes:target/lib/*"
t() { /usr/bin/time -f "   %e s wall, %U s user, %S s system, %M KB peak resident" "$@"; }
if [ ! -f $bench/extract-$children/episodes.csv ]; then
  mkdir -p $bench/extract-$children
  java -cp "$cp_" lactracker.bench.NationalExtract $bench/extract-$children "$children" > /dev/null
fi
rm -f $bench/import-run.mv.db $bench/import-run.*.db
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "import-903 of $children children into an empty database:"
t java $opts -jar target/lac-tracker.jar --db $bench/import-run import-903 $bench/extract-$children > /dev/null
echo "the same extract again (nothing new):"
t java $opts -jar target/lac-tracker.jar --db $bench/import-run import-903 $bench/extract-$children > /dev/null
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -f $bench/import-run.mv.db
