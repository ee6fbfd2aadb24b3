#!/bin/bash
# Issue 23: the national-scale work on a team's PostgreSQL server against the same on the workstation's H2
# file, side by side on this machine (the server on localhost). A throwaway PostgreSQL 17 is started from
# the binaries the tests unpack (run ./mvnw test once first), with durability on, as a real server; the
# 100,000-child demo (target/bench/demo18-100000.mv.db, made by commands.sh) is moved onto it with
# move-to-server (timed), then `alerts`, `audit --format xlsx` and `snapshot` run alternately on the file and
# on the server, RUNS times each, and `import-903` of the 100,000-child extract (import.sh makes it) into a
# fresh copy of each. Prints wall time and peak memory of each run (GNU time) and the load.
# Usage: docs/bench/server.sh [RUNS]   (after ./mvnw -q package -DskipTests; needs root or the binaries' owner)
set -u
runs=${1:-3}
cd "$(dirname "$0")/../.."
bench=target/bench
opts=${JAVA_OPTS:--Xmx1g -XX:TieredStopAtLevel=1}
export XDG_DATA_HOME=$(mktemp -d)
# The throwaway server trusts localhost: the password asked for is not checked.
export LAC_TRACKER_PASSWORD=unused
bin=$(ls -d target/postgres/*/bin 2>/dev/null | head -1)
if [ -z "$bin" ]; then echo "no PostgreSQL binaries under target/postgres: run ./mvnw test -Dtest=PostgresSchemaTest once"; exit 1; fi
as=()
[ "$(id -u)" -eq 0 ] && as=(setpriv --reuid=65534 --regid=65534 --clear-groups)
data=$(mktemp -d -p "$PWD/$bench" pgdata-XXXX)
[ "$(id -u)" -eq 0 ] && chown nobody "$data"
port=55433
"${as[@]}" "$bin/initdb" -A trust -U postgres -D "$data" -E UTF-8 --locale=C > /dev/null
"${as[@]}" "$bin/pg_ctl" -D "$data" -l "$data/log.txt" -w -o "-p $port -k $data -c listen_addresses=localhost -c shared_buffers=1GB" start > /dev/null
trap '"${as[@]}" "$bin/pg_ctl" -D "$data" -m fast -w stop > /dev/null; rm -rf "$data" "$XDG_DATA_HOME"' EXIT
t() { /usr/bin/time -f "   %e s wall, %U s user, %S s system, %M KB peak resident" "$@"; }
jar=(java $opts -jar target/lac-tracker.jar)
server() { echo "postgresql://localhost:$port/$1?sslmode=disable"; }
# createdb through the server's own SQL, with the JDBC driver the application ships
create() {
  cat > "$XDG_DATA_HOME/Create.java" <<JAVA
public class Create { public static void main(String[] a) throws Exception {
  try (var c = java.sql.DriverManager.getConnection("jdbc:postgresql://localhost:$port/postgres", "postgres", "")) {
    c.createStatement().execute("CREATE DATABASE " + a[0]); } } }
JAVA
  java -cp "target/lib/*" "$XDG_DATA_HOME/Create.java" "$1"
}
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
create national
echo "move-to-server of the 100,000-child demo:"
cp $bench/demo18-100000.mv.db $bench/server-run.mv.db
t "${jar[@]}" --db $bench/server-run move-to-server "$(server national)" --as postgres | tail -1
for i in $(seq 1 "$runs"); do
  for command in alerts audit snapshot; do
    case $command in
      alerts) args=(alerts) ;;
      audit) args=(audit --quarter 2026/27-Q2 --format xlsx --out $bench/server-run.xlsx) ;;
      snapshot) args=(snapshot --date 2026-09-30 --format json --out $bench/server-run.json) ;;
    esac
    cp $bench/demo18-100000.mv.db $bench/server-run.mv.db
    echo "$command, run $i, H2 file:"
    t "${jar[@]}" --db $bench/server-run "${args[@]}" > /dev/null
    echo "$command, run $i, PostgreSQL:"
    t "${jar[@]}" --server "$(server national)" --user postgres "${args[@]}" > /dev/null
  done
done
if [ -f $bench/extract-100000/episodes.csv ]; then
  create imported
  cp $bench/demo18-100000.mv.db $bench/server-run.mv.db
  t "${jar[@]}" --db $bench/server-run move-to-server "$(server imported)" --as postgres > /dev/null
  echo "import-903 of 100,000 children into the national demo, H2 file:"
  t "${jar[@]}" --db $bench/server-run import-903 $bench/extract-100000 > /dev/null
  echo "the same, PostgreSQL:"
  t "${jar[@]}" --server "$(server imported)" --user postgres import-903 $bench/extract-100000 > /dev/null
fi
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -f $bench/server-run.*
