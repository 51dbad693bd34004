#!/usr/bin/env bash
# Portfolio initiatives on the sandbox's enterprise portfolio (500 projects, 1,000,000 issues, about 84,000 epics and
# initiatives): full passes through the InitiativeSource port's pages of 1,000, as the PMO lead (every project), the
# project manager (100 projects) and over one project, median and slowest of the runs, in one JVM without HTTP.
# Usage: bench/initiative-benchmark.sh [runs, default 5].
# The enterprise data is generated once into target/bench-enterprise (at the root) and reused until mvn clean.
set -euo pipefail
cd "$(dirname "$0")/.."

MAVEN_OPTS="${MAVEN_OPTS:-} -Xmx1g" mvn -q -pl pmo-sandbox -am test-compile exec:java \
  -Dexec.classpathScope=test -Dexec.mainClass=org.pmosuite.sandbox.bench.InitiativeBenchmark \
  -Dsandbox.args="${1:-5} target/bench-enterprise"
