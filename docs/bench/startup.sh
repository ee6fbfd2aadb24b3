#!/bin/bash
# Measures start-up as a user meets it: the jar started with no arguments (as the installed application
# and a double-click start it) on a new, empty data folder, on an X display that is already running (as
# a desktop is). The application logs "Window shown N ms after start" (counted from main) each time;
# this prints min, median and max over the runs, and the database's opening time of the last run.
# Usage: docs/bench/startup.sh [RUNS]   (after ./mvnw -q package -DskipTests; needs Xvfb)
set -u
runs=${1:-9}
cd "$(dirname "$0")/../.."
export XDG_DATA_HOME=$(mktemp -d)
log="$XDG_DATA_HOME/lac-tracker/logs/lac-tracker.log"
display=:$((50 + RANDOM % 40))
Xvfb "$display" -screen 0 1366x768x24 >/dev/null 2>&1 &
xvfb=$!
sleep 2
export DISPLAY=$display
figures=()
for i in $(seq 0 "$runs"); do
  java -jar target/lac-tracker.jar >/dev/null 2>&1 &
  app=$!
  for _ in $(seq 1 40); do
    sleep 0.25
    ready=$(grep -s -c "Database ready" "$log")
    [ "${ready:-0}" -gt "$i" ] && break
  done
  kill "$app"; wait "$app" 2>/dev/null
  # The first run creates the database and warms the disk cache; it is not counted.
  [ "$i" -gt 0 ] && figures+=("$(grep "Window shown" "$log" | tail -1 | grep -oE '[0-9]+ ms' | grep -oE '[0-9]+')")
done
kill "$xvfb"
printf '%s\n' "${figures[@]}" | sort -n | awk '{a[NR]=$1} END {printf "window shown after main: runs %d, min %d ms, median %d ms, max %d ms\n", NR, a[1], a[int((NR+1)/2)], a[NR]}'
grep "Database ready" "$log" | tail -1 | sed 's/.* - /last run: /'
rm -rf "$XDG_DATA_HOME"
