#!/usr/bin/env bash
# Start-up of a run on the seed corpus: the README's command (`java -jar target/mizan.jar run --corpus seeds`, no
# JVM options) with a fresh data folder each time, so Flyway creates the schema (the slowest case).
#   bench/start-up.sh [RUNS]      (default 5)
# Per run: milliseconds from just before `java` starts to the first extract partition's START_TIME in the job
# repository (the first article is read right after), and the wall time of the whole run. Prints the median.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jar=target/mizan.jar
dir=target/bench/start-up
if [ ! -f "$jar" ] || [ -n "$(find src/main pom.xml -newer "$jar" -print -quit)" ]; then
	echo "building $jar ..." >&2
	./mvnw -o -q package -DskipTests
fi
hsqldb=$(ls ~/.m2/repository/org/hsqldb/hsqldb/*/hsqldb-*.jar | grep -v sources | sort -V | tail -1)
now_ms() { date +%s%3N; }
firsts=()
for i in $(seq "$runs"); do
	rm -rf "$dir"
	mkdir -p "$dir"
	start=$(now_ms)
	java -Dmizan.data-dir="$dir/data" -Dmizan.reports-dir="$dir/reports" -jar "$jar" run --corpus seeds >"$dir/out" 2>&1
	end=$(now_ms)
	first_partition_ms=0
	eval "$(java -cp "$hsqldb" bench/StepTimings.java "$dir/data" | grep '^first_partition_ms=')"
	first=$((first_partition_ms - start))
	firsts+=("$first")
	echo "run $i: first article after $first ms, whole run $((end - start)) ms"
done
median=$(printf '%s\n' "${firsts[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
echo "median to the first article: $median ms over $runs runs; commit $(git rev-parse --short HEAD)," \
	"$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
