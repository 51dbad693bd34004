#!/usr/bin/env bash
# Heat map latency on the sandbox's enterprise portfolio (500 projects, 1,000,000 issues), side by side in one run:
# the whole portfolio as the PMO lead, the project manager's share, and one project. Prints medians and ratios.
# Usage: bench/heatmap-latency.sh [requests per case, default 21]. Sends traffic to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-21}
port=2999
base="http://127.0.0.1:$port/jira"
log=$(mktemp)

mvn -q -pl pmo-sandbox -am test-compile exec:java -Dsandbox.args="--size enterprise --port $port" >"$log" 2>&1 &
sandbox=$!
trap 'kill -TERM $sandbox 2>/dev/null; wait $sandbox 2>/dev/null || true; rm -f "$log"' EXIT

for _ in $(seq 1 600); do
  curl -fs -o /dev/null "$base/" && break
  kill -0 $sandbox 2>/dev/null || { cat "$log"; exit 1; }
  sleep 1
done

# One project the project manager may browse, read from the API itself.
one=$(curl -fs -b "pmo.sandbox.user=project-manager" "$base/rest/pmo/1.0/raid/heatmap" \
  | sed -E 's/.*"projects":\[\{"key":"([^"]+)".*/\1/')

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

measure() { # user, query -> median seconds over $runs requests, after 3 warm-up requests
  local user=$1 query=$2 i
  for i in 1 2 3; do curl -fs -o /dev/null -b "pmo.sandbox.user=$user" "$base/rest/pmo/1.0/raid/heatmap$query"; done
  for i in $(seq 1 "$runs"); do
    curl -fs -o /dev/null -w '%{time_total}\n' -b "pmo.sandbox.user=$user" "$base/rest/pmo/1.0/raid/heatmap$query"
  done | median
}

lead=$(measure pmo-lead "")
manager=$(measure project-manager "")
project=$(measure project-manager "?project=$one")

printf 'case\tmedian_s\n'
printf 'pmo-lead, all 500 projects\t%s\n' "$lead"
printf 'project-manager, 100 projects\t%s\n' "$manager"
printf 'project-manager, one project (%s)\t%s\n' "$one" "$project"
awk -v a="$lead" -v b="$manager" -v c="$project" \
  'BEGIN {printf "ratio all/manager\t%.1f\nratio all/one project\t%.1f\n", a/b, a/c}'
