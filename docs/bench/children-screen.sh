#!/bin/bash
# Measures how long the Children screen holds the JavaFX thread on a national-scale caseload, as a nurse
# uses it: open the screen, wait for the list, search, clear the search, go into the list and page through
# it, sort by name (a click on its header), filter by state. The window runs under Xvfb with a flight
# recording that takes JavaFX's own pulse events (javafx.PulsePhase); this prints, for each step, its
# longest pulse of work on the JavaFX thread and every pulse over 50 ms and its longest garbage-collection
# pause, then the application's own log of its hand-overs to that thread over 50 ms. (JavaFX's printing
# pulse logger, used before, failed in about a third of the runs and then logged nothing.)
# Usage: docs/bench/children-screen.sh DB   (DB: a copy of a database made with demo --children 100000;
#        after ./mvnw -q package -DskipTests; needs Xvfb, xdotool and the JDK's jfr tool)
# The application runs with the installed application's Java options (installer/common.args); JAVA_OPTS
# gives others, e.g. JAVA_OPTS="-Xmx2g -XX:+UseShenandoahGC" for both compilers (decision 0010).
set -u
db=$1
cd "$(dirname "$0")/../.."
export XDG_DATA_HOME=$(mktemp -d)
display=:$((50 + RANDOM % 40))
Xvfb "$display" -screen 0 1366x768x24 >/dev/null 2>&1 &
xvfb=$!
sleep 1
export DISPLAY=$display
# JavaFX's pulse events are off unless a recording's settings turn them on: the JDK's defaults plus them.
jfc=$XDG_DATA_HOME/pulses.jfc
java_home=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p')
sed 's|</configuration>|<event name="javafx.PulsePhase"><setting name="enabled">true</setting><setting name="threshold">0 ms</setting><setting name="stackTrace">false</setting></event></configuration>|' \
  "$java_home/lib/jfr/default.jfc" > "$jfc"
java ${JAVA_OPTS:--Xmx2g -XX:+UseShenandoahGC -XX:TieredStopAtLevel=1} -XX:StartFlightRecording=filename="$XDG_DATA_HOME/run.jfr",settings="$jfc" \
  -jar target/lac-tracker.jar --db "$db" >> "$XDG_DATA_HOME/app.out" 2>&1 &
app=$!
for _ in $(seq 1 60); do sleep 0.5; xdotool search --onlyvisible --name "." >/dev/null 2>&1 && break; done
sleep 5
log=$XDG_DATA_HOME/steps.log
mark() { echo "STEP: $1 @$(date +%H:%M:%S.%3N)" >> "$log"; }
# Keys go to the main window even when a notification has just opened a window of its own.
step() { mark "$1"; shift; xdotool search --onlyvisible --name "LAC Health Tracker" windowfocus 2>/dev/null; xdotool "$@"; sleep 3; }
step "open the Children screen" key ctrl+2
mark "the list of every child arrives (read in the background)"
sleep 30
step "search box" key ctrl+f
step "type a name" type --delay 80 "Riley"
step "clear the search: the whole list again" key ctrl+a BackSpace
step "type another name" type --delay 80 "Alex"
step "clear it" key ctrl+a BackSpace
step "type an NHS number" type --delay 80 "999 000 12"
step "clear it again" key ctrl+a BackSpace
step "into the list" key Down
step "down a line at a time" key Down Down Down
step "page down" key Page_Down Page_Down Page_Down
step "to the end of the list" key ctrl+End
step "back to the top" key ctrl+Home
step "sort by name (click its header)" mousemove 317 235 click 1
step "sort by name, descending" click 1
step "filter by state" key alt+t Down Down Return
step "filter by another state" key Down Return
step "search within the filter" key ctrl+f type --delay 80 "Sam"
step "clear the search" key ctrl+a BackSpace
kill "$app"; sleep 2; kill -9 "$app" 2>/dev/null
kill "$xvfb"
jfr print --events jdk.GarbageCollection "$XDG_DATA_HOME/run.jfr" > "$XDG_DATA_HOME/gc.txt"
jfr print --events javafx.PulsePhase "$XDG_DATA_HOME/run.jfr" > "$XDG_DATA_HOME/pulses.txt"
echo "For each step (ms): its longest pulse of JavaFX-thread work, every pulse over 50 ms, and its longest"
echo "garbage-collection pause (which stops every thread, the JavaFX one too, and is not in the pulses):"
python3 - "$log" "$XDG_DATA_HOME/gc.txt" "$XDG_DATA_HOME/pulses.txt" <<'PY'
import re, sys
def ms(ev, field): # "12.3 ms", "1.02 s", "850 us" as milliseconds
    v, unit = re.search(field + r' = ([\d.]+) (\w+)', ev).groups()
    return float(v) * {"s": 1000, "ms": 1, "us": 0.001, "ns": 0.000001}[unit]
order = ["start"]; began = {"start": "00:00:00.000"}
for line in open(sys.argv[1]):
    step, _, at = line[len("STEP: "):].strip().rpartition(" @")
    order.append(step); began[step] = at
# The JavaFX thread's work in a pulse: its phases up to copying the scene for the renderer (the pulse's
# start is the animations and what runs before the CSS pass), less any wait for the renderer.
work = {}; first = {}
for ev in open(sys.argv[3]).read().split("javafx.PulsePhase {")[1:]:
    phase = re.search(r'phaseName = "([^"]+)"', ev).group(1)
    if phase not in ("Pulse start", "CSS Pass", "Layout Pass", "Update bounds", "Copy state to render graph"):
        continue
    pulse = int(re.search(r'pulseId = (\d+)', ev).group(1))
    at = re.search(r'startTime = (\S+)', ev).group(1)
    work[pulse] = work.get(pulse, 0.0) + ms(ev, "duration")
    first[pulse] = min(first.get(pulse, at), at)
steps = {s: [] for s in order}
for pulse in sorted(work):
    during = [s for s in order if began[s] <= first[pulse]]
    if during and work[pulse] >= 1:
        steps[during[-1]].append(round(work[pulse]))
gc = {s: 0.0 for s in order}
text = open(sys.argv[2]).read()
for ev in text.split("jdk.GarbageCollection {")[1:]:
    at = re.search(r'startTime = (\S+)', ev).group(1)
    during = [s for s in order if began[s] <= at]
    if during: gc[during[-1]] = max(gc[during[-1]], ms(ev, "sumOfPauses"))
print(" pulse   GC  step  (pulses over 50 ms)")
for s in order:
    pulses = steps[s]
    longest = f"{max(pulses):5d}" if pulses else "    -"
    print(f"{longest} {gc[s]:4.0f}  {s}  " + " ".join(str(x) for x in pulses if x > 50))
PY
echo "Hand-overs to the JavaFX thread over 50 ms (outside the pulses):"
grep -h "Children list" "$XDG_DATA_HOME/lac-tracker/logs/lac-tracker.log"
