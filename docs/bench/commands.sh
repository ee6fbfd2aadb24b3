#!/bin/bash
# Issue 22: the commands a script runs every day, at several sizes, to see their time and memory grow
# with the caseload: `alerts`, `audit --format xlsx` and `snapshot --format json` on a demo database of
# CHILDREN invented children over 18 years (about 8 assessments each at 100,000), each run a cold start on
# a fresh copy. The import's growth is measured by import.sh, start-up by startup.sh.
# LAUNCHER is what runs the application: by default the jar with a 1 GB heap and the quick compiler, as
# the README tells scripts; /opt/lac-health-tracker/bin/lac-tracker measures the installed command
# (decision 0019). Prints each run's wall time and peak memory (GNU time), the median of each command at
# each size, and what each further 1,000 children added between sizes.
# Usage: [LAUNCHER=...] docs/bench/commands.sh [SIZES] [RUNS]   (SIZES 1000,10000,100000; RUNS 3)
#        (after ./mvnw -q package -DskipTests; making the 100,000-child database takes about 2 minutes)
set -u
sizes=${1:-1000,10000,100000}
runs=${2:-3}
launcher=${LAUNCHER:-java -Xmx1g -XX:TieredStopAtLevel=1 -jar target/lac-tracker.jar}
cd "$(dirname "$0")/../.."
bench=target/bench
mkdir -p $bench
export XDG_DATA_HOME=$(mktemp -d)
results=$(mktemp)
echo "launcher: $launcher"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
for n in ${sizes//,/ }; do
  if [ ! -f $bench/demo18-$n.mv.db ]; then
    /usr/bin/time -f "demo --children $n --years 18: %e s wall, %M KB peak resident" \
      java -Xmx1500m -jar target/lac-tracker.jar --db $bench/demo18-$n demo --children "$n" --years 18 > /dev/null
  fi
  for i in $(seq 1 "$runs"); do
    for command in alerts audit snapshot; do
      cp $bench/demo18-$n.mv.db $bench/commands-run.mv.db
      case $command in
        alerts) args=(alerts) ;;
        audit) args=(audit --quarter 2026/27-Q2 --format xlsx --out $bench/commands-run.xlsx) ;;
        snapshot) args=(snapshot --date 2026-09-30 --format json --out $bench/commands-run.json) ;;
      esac
      /usr/bin/time -o $bench/commands-time -f "%e %M" $launcher --db $bench/commands-run "${args[@]}" > /dev/null
      read -r wall peak < $bench/commands-time
      echo "$n children, $command, run $i: $wall s wall, $peak KB peak resident"
      echo "$command $n $wall" >> "$results"
    done
  done
done
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "medians (s), and what each further 1,000 children added (ms):"
for command in alerts audit snapshot; do
  line="  $command:"
  previous_n='' previous_t=''
  for n in ${sizes//,/ }; do
    t=$(awk -v c="$command" -v n="$n" '$1 == c && $2 == n {print $3}' "$results" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    line="$line $n: $t s"
    if [ -n "$previous_n" ]; then
      line="$line ($(awk -v a="$previous_t" -v b="$t" -v m="$previous_n" -v n="$n" 'BEGIN {printf "%.1f ms", (b - a) * 1000000 / (n - m)}') per 1,000 more);"
    else
      line="$line;"
    fi
    previous_n=$n previous_t=$t
  done
  echo "$line"
done
rm -f $bench/commands-run.* $bench/commands-time "$results"
rm -rf "$XDG_DATA_HOME"
