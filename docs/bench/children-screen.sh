#!/bin/bash
# Measures how long the Children screen holds the JavaFX thread on a national-scale caseload, as a nurse
# uses it: open the screen, wait for the list, search, clear the search, page through. The window runs
# under Xvfb with JavaFX's pulse logger; this prints every pulse whose work on the JavaFX thread took
# more than 50 ms, the application's own log of its hand-overs to that thread, and the longest GC pauses.
# Usage: docs/bench/children-screen.sh DB   (DB: a copy of a database made with demo --children 100000;
#        after ./mvnw -q package -DskipTests; needs Xvfb, xdotool and the JDK's jfr tool)
set -u
db=$1
cd "$(dirname "$0")/../.."
export XDG_DATA_HOME=$(mktemp -d)
display=:$((50 + RANDOM % 40))
Xvfb "$display" -screen 0 1366x768x24 >/dev/null 2>&1 &
xvfb=$!
sleep 1
export DISPLAY=$display
java -Xmx2g -XX:MaxGCPauseMillis=50 -XX:StartFlightRecording=filename="$XDG_DATA_HOME/run.jfr" \
  -Djavafx.pulseLogger=true -Djavafx.pulseLogger.threshold=50 -jar target/lac-tracker.jar --db "$db" \
  > "$XDG_DATA_HOME/pulses.log" 2>&1 &
app=$!
for _ in $(seq 1 60); do sleep 0.5; xdotool search --onlyvisible --name "." >/dev/null 2>&1 && break; done
sleep 5
step() { xdotool "$@"; sleep 3; }
step key ctrl+2                       # open the Children screen
sleep 30                              # the list of 100,000 is read in the background
step key ctrl+f; step type --delay 80 "Riley"
step key ctrl+a BackSpace             # back to the whole list
step key Tab Tab Tab Tab Tab Tab Tab Tab Tab Tab Tab Down Down Down Page_Down Page_Down Page_Down
kill "$app"; sleep 2; kill -9 "$app" 2>/dev/null
kill "$xvfb"
echo "Pulses with more than 50 ms on the JavaFX thread (pulse, ms):"
python3 - "$XDG_DATA_HOME/pulses.log" <<'PY'
import re, sys
cur = None; fx = {}
for line in open(sys.argv[1]):
    m = re.match(r'PULSE: (\d+) ', line)
    if m: cur = int(m.group(1)); fx[cur] = 0; continue
    m = re.match(r'T\d+ \(-?\d+ \+(\d+)ms\): (CSS Pass|Layout Pass|Update bounds|Copy state)', line)
    if m and cur is not None: fx[cur] += int(m.group(1))
for p, ms in sorted(fx.items()):
    if ms > 50: print(p, ms)
PY
echo "Hand-overs to the JavaFX thread:"
grep -h "Children list" "$XDG_DATA_HOME/lac-tracker/logs/lac-tracker.log"
echo "Longest GC pauses (ms):"
jfr print --events jdk.GarbageCollection "$XDG_DATA_HOME/run.jfr" | grep sumOfPauses | awk '{print $3}' | sort -n | tail -3
