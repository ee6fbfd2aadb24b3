#!/bin/bash
# Measures start-up as a user meets it, against the least a JavaFX window can be:
#  - the application: the jar started with no arguments (as the installed application and a double-click
#    start it) on a new, empty data folder, so it opens on its first-run screen; or, given DATABASE (a
#    .mv.db file), on a copy of that database as its default one (the window is shown before the database
#    is opened behind it, so its size should not matter);
#  - a bare window (lactracker.bench.BareWindow: one label) from the same jar's class path, launched the
#    same way, right after it.
# Both on an X display that is already running (as a desktop is), alternately, each run a cold JVM. Each
# reports how long after its process started (as the system counts it, JVM start included) the window was
# shown. Prints min, median and max of both, and the median ratio.
# Usage: [DATABASE=FILE.mv.db] docs/bench/startup.sh [RUNS] [JAVA_OPTIONS...]
#        (after ./mvnw -q package -DskipTests and ./mvnw -q test-compile; needs Xvfb)
set -u
runs=${1:-9}
shift || true
cd "$(dirname "$0")/../.."
export XDG_DATA_HOME=$(mktemp -d)
log="$XDG_DATA_HOME/lac-tracker/logs/lac-tracker.log"
what="application, first-run screen"
if [ -n "${DATABASE:-}" ]; then
  mkdir -p "$XDG_DATA_HOME/lac-tracker"
  cp "$DATABASE" "$XDG_DATA_HOME/lac-tracker/tracker.mv.db"
  what="application, on $(basename "$DATABASE")"
fi
bare_out=$(mktemp)
display=:$((50 + RANDOM % 40))
Xvfb "$display" -screen 0 1366x768x24 >/dev/null 2>&1 &
xvfb=$!
sleep 2
export DISPLAY=$display
wait_for() { # file, count: waits until the file has that many "Window shown" lines
  for _ in $(seq 1 80); do
    sleep 0.1
    n=$(grep -s -c "Window shown" "$1")
    [ "${n:-0}" -ge "$2" ] && return 0
  done
  return 1
}
app=() bare=()
for i in $(seq 0 "$runs"); do
  java "$@" -jar target/lac-tracker.jar >/dev/null 2>&1 &
  pid=$!
  wait_for "$log" $((i + 1)); sleep 0.3
  kill "$pid"; wait "$pid" 2>/dev/null
  java "$@" -cp target/lac-tracker.jar:target/test-classes lactracker.bench.BareWindow >>"$bare_out" 2>/dev/null &
  pid=$!
  wait_for "$bare_out" $((i + 1)); sleep 0.3
  kill "$pid"; wait "$pid" 2>/dev/null
  # The first pair warms the disk cache; it is not counted.
  if [ "$i" -gt 0 ]; then
    app+=("$(grep "Window shown" "$log" | tail -1 | grep -oE '[0-9]+ ms after the process' | grep -oE '^[0-9]+')")
    bare+=("$(grep "Window shown" "$bare_out" | tail -1 | grep -oE '[0-9]+ ms after the process' | grep -oE '^[0-9]+')")
  fi
done
kill "$xvfb"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
summary() { sort -n | awk -v what="$1" '{a[NR]=$1} END {printf "%s: runs %d, min %d ms, median %d ms, max %d ms\n", what, NR, a[1], a[int((NR+1)/2)], a[NR]}'; }
printf '%s\n' "${app[@]}" | summary "$what"
printf '%s\n' "${bare[@]}" | summary "bare window"
awk -v a="$(printf '%s\n' "${app[@]}" | median)" -v b="$(printf '%s\n' "${bare[@]}" | median)" \
  'BEGIN {printf "median ratio: %.2fx\n", a / b}'
rm -rf "$XDG_DATA_HOME" "$bare_out"
