#!/bin/bash
# Lists the classes the commonest work loads (opening a database, the day's alerts, the audit sheet, the
# 903 import, a snapshot), for class data sharing: at install, the .deb's postinst turns this list into an
# archive of those classes at the installed path, which a class archive must be made at (JDK 17 checks the
# class path). A national `alerts` then starts about a second sooner (decision 0019).
# Each command runs in its own JVM on a demo database in a folder of its own, then the lists are joined.
# Usage: installer/class-list.sh INPUT_DIR OUT_FILE   (run by ./mvnw -Pinstaller package on Linux)
set -euo pipefail
input=$1
out=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME=$work/data
here=$(cd "$(dirname "$0")/.." && pwd)
n=0
train() { # a command; exit status 3 (done, some rows rejected) is as good as 0 here
  n=$((n + 1))
  status=0
  java -Xshare:off -XX:DumpLoadedClassList="$work/$n.classlist" -cp "$input/lac-tracker.jar" lactracker.Launcher \
    --db "$work/train" "$@" > /dev/null 2> "$work/said" || status=$?
  if [ "$status" -ne 0 ] && [ "$status" -ne 3 ]; then
    echo "class list: the training command '$*' failed with exit status $status:" >&2
    cat "$work/said" >&2
    exit 1
  fi
}
train demo --children 300 --seed 1
train alerts
train audit --quarter 2026/27-Q2 --format xlsx --out "$work/audit.xlsx"
train snapshot --date 2026-03-31 --format json
train import-903 "$here/src/test/resources/ssda903-sample" --rejects "$work/rejects.csv"
# Joined in the order first loaded (a class's supertypes come before it), each class once.
cat $(seq -f "$work/%g.classlist" 1 "$n") | awk '!seen[$0]++' > "$out"
echo "class list: $(grep -vc '^[#@]' "$out") classes in $out"
