#!/usr/bin/env bash
# The portfolio board's REST calls on the sandbox's enterprise preset (500 projects, the 84,145 initiatives and epics
# of "Digital growth 2027"), over loopback HTTP as the PMO lead, side by side in one run: the first page warm and cold
# (after an inline edit), a rank move and a scenario comparison; median, p95 and slowest in milliseconds.
# Usage: bench/portfolio-board-benchmark.sh [requests per case, default 50]. Sends traffic to 127.0.0.1 only.
# The enterprise data is generated once into target/bench-enterprise (at the root) and reused until mvn clean.
set -euo pipefail
cd "$(dirname "$0")/.."

MAVEN_OPTS="${MAVEN_OPTS:-} -Xmx2g" mvn -q -pl pmo-sandbox -am test-compile exec:java \
  -Dexec.classpathScope=test -Dexec.mainClass=org.pmosuite.sandbox.bench.PortfolioBoardBenchmark \
  -Dsandbox.args="${1:-50} $(pwd)/target/bench-enterprise"
