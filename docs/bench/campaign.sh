#!/bin/bash
# Runs a campaign class of the test sources (lactracker.campaign.*) with the test class path, after
# compiling them: shared by kill-saves.sh and kill-imports.sh.
# Usage: docs/bench/campaign.sh CLASS ARGS...
set -eu
cd "$(dirname "$0")/../.."
./mvnw -q -B -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
class=$1
shift
exec java -cp "target/test-classes:target/classes:$(cat target/test.classpath)" "lactracker.campaign.$class" "$@"
