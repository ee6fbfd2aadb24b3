#!/bin/bash
# The kill campaign on the save path (issue 25, decision 0011): one database file carried from trial to
# trial; in each, a writer saves one child's notes through the window's own save path (ChildrenService.save)
# and prints ACK n after each save returns; after a random 1-60 of them and a random moment more it is
# killed with kill -9, and the file is opened with H2 alone to look for every acknowledged save and its
# audit-trail row. Every other trial a second thread remakes the stored case copies meanwhile. A file
# that lost a save is kept beside the database as db.lost-in-trial-N.mv.db, as the kill left it.
# Usage: docs/bench/kill-saves.sh [TRIALS] [SEED] [alternate|every|never|compact]   (300 trials: about 13 minutes on 2 cores)
set -eu
trials=${1:-300}
seed=${2:-$RANDOM}
dir=$(mktemp -d)
echo "database: $dir/db"
exec "$(dirname "$0")/campaign.sh" SaveKillCampaign "$trials" "$dir/db" "$seed" "${3:-alternate}"
