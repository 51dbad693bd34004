#!/usr/bin/env bash
# The portfolio board's ranking under JMH: PortfolioRanking.rank of 50,000 initiatives under each model (1% moved by
# hand, cut line drawn) and PortfolioRanking.compare of a scenario with the baseline (first page of 100 rows; one scenario with
# other scoring, one with other capacity and forcing), next to Arrays.sort of 50,000 doubles in the same run as the
# floor. Prints JMH's table, then each median and its ratio to the floor's median. About 3 minutes on 2 cores.
# Usage: bench/portfolio-ranking-benchmark.sh [JMH options, e.g. -f 1 -i 3 for a quicker, rougher run]
set -euo pipefail
cd "$(dirname "$0")/.."

out=pmo-core/target/benchmarks
mvn -q -B -ntp -pl pmo-core -Pbenchmarks -DskipTests compile dependency:build-classpath \
  -Dmdep.outputFile=target/benchmarks/classpath.txt -DincludeScope=runtime
java -cp "$out/classes:$(cat "$out/classpath.txt")" org.openjdk.jmh.Main PortfolioRankingBenchmark \
  -rf json -rff "$out/jmh-ranking-result.json" "$@" | tee "$out/jmh-ranking-output.txt"

echo
echo "Medians (p0.50, ms for 50,000 initiatives) and their ratio to the floor, sorting 50,000 doubles, same run:"
awk '
  $1 ~ /:p0\.50$/ { name = $1; sub(/^PortfolioRankingBenchmark\./, "", name); sub(/:p0\.50$/, "", name);
                     if (NF >= 5 && $2 != "N/A") name = name " " $2; names[++n] = name; median[name] = $(NF-1) }
  END {
    floor = median["sortDoublesFloor"]
    for (i = 1; i <= n; i++) printf "  %-22s %9.3f %7.1f\n", names[i], median[names[i]], median[names[i]] / floor
  }' "$out/jmh-ranking-output.txt"
