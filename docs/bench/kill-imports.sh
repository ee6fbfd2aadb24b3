#!/bin/bash
# The kill campaign on the bulk write paths (issue 19): the built jar's import-903 (a new extract of 3,000
# invented children each time), import-assessments (3,000 rows for them) and demo (1,500 children, into a
# database of its own), in turn, each killed with kill -9 at a random moment of a typical run, on one file
# carried across trials. After each kill the file must hold all or none of the command's work (counted
# with H2 alone), and running the command again must finish it. Prints a line per trial and a total.
# Usage: docs/bench/kill-imports.sh [TRIALS] [SEED]   (after ./mvnw -q package -DskipTests; ~12 s a trial)
set -eu
trials=${1:-100}
seed=${2:-$RANDOM}
dir=$(mktemp -d)
echo "files: $dir"
exec "$(dirname "$0")/campaign.sh" ImportKillCampaign "$trials" "$dir" target/lac-tracker.jar "$seed"
