#!/bin/bash
# Issue 21: the encrypted store against a plain one, in the same run (EncryptionBenchmark): the day's
# alerts and the last complete quarter's audit sheet on the same demo caseload, alternately, and signing in
# to the first alerts. Usage: docs/bench/encryption.sh [CHILDREN] [ROUNDS]   (after ./mvnw -q package
# -DskipTests test-compile; CHILDREN 100000, ROUNDS 3). JAVA_OPTS as installed (decision 0010), 2 GB heap.
set -u
children=${1:-100000}
rounds=${2:-3}
opts=${JAVA_OPTS:--Xmx2g -XX:TieredStopAtLevel=1}
cd "$(dirname "$0")/../.."
export XDG_DATA_HOME=$(mktemp -d)
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -f "   %e s wall, %M KB peak resident" java $opts -cp "target/test-classes:target/classes:target/lib/*" \
  lactracker.bench.EncryptionBenchmark target/bench "$children" "$rounds"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
