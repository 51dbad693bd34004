#!/usr/bin/env bash
# Portfolio scoring under JMH: each model scores 50,000 generated initiatives (fixed seed, about 5% lacking one input)
# and ranks them, with ScoreOrder.rank and with Arrays.sort and the ScoreOrder comparator, next to Arrays.sort of
# 50,000 doubles measured in the same run as the floor. Prints JMH's table, then each median and its ratio to the
# floor's median. Takes about 4 minutes on 2 cores.
# Usage: bench/portfolio-scoring-benchmark.sh [JMH options, e.g. -f 1 -i 3 for a quicker, rougher run]
# The benchmarks are built with -Pbenchmarks into pmo-core/target/benchmarks, apart from the normal build's classes.
set -euo pipefail
cd "$(dirname "$0")/.."

out=pmo-core/target/benchmarks
mvn -q -B -ntp -pl pmo-core -Pbenchmarks -DskipTests compile dependency:build-classpath \
  -Dmdep.outputFile=target/benchmarks/classpath.txt -DincludeScope=runtime
java -cp "$out/classes:$(cat "$out/classpath.txt")" org.openjdk.jmh.Main PortfolioScoringBenchmark \
  -rf json -rff "$out/jmh-result.json" "$@" | tee "$out/jmh-output.txt"

echo
echo "Medians (p0.50, ms for 50,000 initiatives) and their ratio to the floor, sorting 50,000 doubles, same run:"
awk '
  $1 ~ /sortDoublesFloor:p0\.50$/ { floor = $(NF-1) }
  $1 ~ /scoreAndRank:p0\.50$/ { if (!($2 in rank)) models[++n] = $2; rank[$2] = $(NF-1) }
  $1 ~ /scoreAndSortWithComparator:p0\.50$/ { if (!($2 in rank) && !($2 in sort)) models[++n] = $2; sort[$2] = $(NF-1) }
  END {
    printf "  %-9s %12s %7s %14s %7s\n", "model", "rank", "ratio", "comparator", "ratio"
    for (i = 1; i <= n; i++) {
      m = models[i]
      printf "  %-9s %12.3f %7.1f %14.3f %7.1f\n", m, rank[m], rank[m] / floor, sort[m], sort[m] / floor
    }
    printf "  %-9s %12.3f\n", "floor", floor
  }' "$out/jmh-output.txt"
