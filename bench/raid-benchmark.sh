#!/usr/bin/env bash
# RAID on the sandbox's enterprise portfolio (500 projects, 1,000,000 issues), side by side in one JVM: the register's
# first page and the heat map as the PMO lead (every project) and as the project manager (100 projects), the first
# page sorted by review date (5 requests), each with median and p95, then CSV exports of the whole register with the
# heap each retains. Usage: bench/raid-benchmark.sh [requests, default 21] [exports, default 3].
# The enterprise data is generated once into target/bench-enterprise (at the root) and reused until mvn clean.
set -euo pipefail
cd "$(dirname "$0")/.."

MAVEN_OPTS="${MAVEN_OPTS:-} -Xmx1g" mvn -q -pl pmo-sandbox -am test-compile exec:java \
  -Dexec.classpathScope=test -Dexec.mainClass=org.pmosuite.sandbox.bench.RaidBenchmark \
  -Dsandbox.args="${1:-21} ${2:-3} target/bench-enterprise"
