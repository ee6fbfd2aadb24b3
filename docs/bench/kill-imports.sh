#!/bin/bash
# The kill campaign on the bulk write paths (issue 19): the built jar's import-903 (a new extract of 3,000
# invented children each time), import-assessments (3,000 rows for them) and demo (1,500 children, into a
# database of its own), in turn, each killed with kill -9 at a random moment of a typical run, on one file
# carried across trials. After each kill the file must hold all or none of the command's work (counted
# with H2 alone), and running the command again must finish it. Prints a line per trial and a total.
# Usage: docs/bench/kill-imports.sh [TRIALS] [SEED] [late]   (after ./mvnw -q package -DskipTests; ~12 s a trial)
# "late" kills only in the last part of a typical run (0.6 to 1.2 of it), where the commit is.
set -eu
trials=${1:-100}
seed=${2:-$RANDOM}
when=${3:-anywhere}
dir=$(mktemp -d)
echo "files: $dir"
exec "$(dirname "$0")/campaign.sh" ImportKillCampaign "$trials" "$dir" target/lac-tracker.jar "$seed" "$when"
