#!/usr/bin/env bash
# End-to-end benchmark: the whole job (extract → align → report) on generated corpora of N articles.
#   bench/end-to-end.sh [N...]            (default: 1000 10000; 100000 when asked)
# Per N: generates the corpus once into target/bench/corpus-N (seed 1, cached), then in a fresh data/reports folder
# runs the job twice: a first run and a rerun of the unchanged corpus (which reuses the stored extractions).
# Heap is fixed: -Xmx512m up to 10,000 articles, -Xmx1g above (BENCH_XMX=-Xmx2g overrides it).
# Extra JVM options: BENCH_JAVA_OPTS="..."; another jar (an extracted layout, an older build): BENCH_JAR=PATH. A failed run is reported in the table, not fatal.
# Prints a markdown table for docs/benchmarks-end-to-end.md; logs go to target/bench/run-N/.
# Needs /usr/bin/time (apt-get install -y time) for the max RSS.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
seed=1
bench=target/bench
jar=${BENCH_JAR:-target/mizan.jar}

if [ ! -x /usr/bin/time ]; then
	echo "/usr/bin/time not found: apt-get install -y time" >&2
	exit 1
fi
hsqldb=$(ls ~/.m2/repository/org/hsqldb/hsqldb/*/hsqldb-*.jar | grep -v sources | sort -V | tail -1)

# build when the jar is missing or older than a source
if [ ! -f "$jar" ] || [ -n "$(find src/main pom.xml -newer "$jar" -print -quit)" ]; then
	echo "building $jar ..." >&2
	./mvnw -o -q package -DskipTests
fi

now_ms() { date +%s%3N; }

# max heap in use before a collection, in MB, from a unified GC log (-Xlog:gc)
peak_heap_mb() {
	grep -oE '[0-9]+[KMG]->[0-9]+[KMG]\(' "$1" | awk -F'->' '
		{ v = $1; u = substr(v, length(v)); v = substr(v, 1, length(v) - 1) + 0
		  mb = (u == "K") ? v / 1024 : (u == "G") ? v * 1024 : v; if (mb > max) max = mb }
		END { printf "%d", max }'
}

# one run of the job; sets the variables printed by bench/StepTimings.java plus wall_s, startup_s, heap_mb, rss_mb,
# cpu_s (user + system CPU seconds of the whole process: steadier than wall time on a shared machine)
run_job() { # corpus dir, run dir, label, -Xmx
	local corpus=$1 dir=$2 label=$3 xmx=$4 start end status
	start=$(now_ms)
	set +e
	/usr/bin/time -v -o "$dir/$label.time" java "$xmx" -Xlog:gc:file="$dir/$label.gc.log" ${BENCH_JAVA_OPTS:-} \
		-Dmizan.data-dir="$dir/data" -Dmizan.reports-dir="$dir/reports" \
		-jar "$jar" run --corpus "$corpus" >"$dir/$label.out" 2>"$dir/$label.err"
	status=$?
	set -e
	end=$(now_ms)
	extract_s=- align_s=- report_s=- first_partition_ms=$start job_status= job_start_ms=$start job_end_ms=$end
	eval "$(java -cp "$hsqldb" bench/StepTimings.java "$dir/data")"
	outcome=$job_status
	if [ $status -ne 0 ] && [ $status -ne 3 ]; then
		outcome="FAILED (exit $status$(grep -q OutOfMemoryError "$dir/$label.out" && echo ', OutOfMemoryError' || true))"
		echo "run failed: $outcome, see $dir/$label.out" >&2
	fi
	wall_s=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", (b - a) / 1000 }')
	# the job alone, as the job repository timed it: what a nightly run in `serve` costs (no JVM start-up)
	job_s=$(awk -v a="$job_start_ms" -v b="$job_end_ms" 'BEGIN { printf "%.1f", (b - a) / 1000 }')
	# to the first article; a rerun of an unchanged corpus has no extract step: to the job's start then
	[ "$first_partition_ms" != 0 ] || first_partition_ms=$job_start_ms
	startup_s=$(awk -v a="$start" -v b="$first_partition_ms" 'BEGIN { printf "%.1f", (b - a) / 1000 }')
	heap_mb=$(peak_heap_mb "$dir/$label.gc.log")
	rss_mb=$(awk -F': ' '/Maximum resident set size/ { printf "%d", $2 / 1024 }' "$dir/$label.time")
	cpu_s=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.0f", s }' "$dir/$label.time")
}

declare -A wall extract outcomes job
rows=()
for n in "${sizes[@]}"; do
	corpus=$bench/corpus-$n
	if [ ! -f "$corpus/.complete" ]; then
		echo "generating $n articles into $corpus ..." >&2
		rm -rf "$corpus"
		java -jar "$jar" generate --articles "$n" --seed "$seed" --out "$corpus" >/dev/null
		touch "$corpus/.complete"
	fi
	articles=$(find "$corpus" -name '*.txt' | wc -l)
	bytes=$(find "$corpus" -name '*.txt' -printf '%s\n' | awk '{ s += $1 } END { print s }')
	mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
	xmx=-Xmx512m
	[ "$n" -le 10000 ] || xmx=-Xmx1g
	xmx=${BENCH_XMX:-$xmx}
	dir=$bench/run-$n
	rm -rf "$dir"
	mkdir -p "$dir"
	for label in first rerun; do
		echo "N=$n $label run ..." >&2
		run_job "$corpus" "$dir" "$label" "$xmx"
		wall[$n,$label]=$wall_s
		job[$n,$label]=$job_s
		extract[$n,$label]=$extract_s
		outcomes[$n,$label]=$outcome
		rows+=("$(awk -v n="$articles" -v mb="$mb" -v w="$wall_s" -v e="$extract_s" -v label="$label" \
			-v al="$align_s" -v r="$report_s" -v s="$startup_s" -v h="$heap_mb" -v rss="$rss_mb" -v x="${xmx#-Xmx}" \
			-v o="$outcome" -v cpu="$cpu_s" -v j="$job_s" \
			'BEGIN { printf "| %d | %s | %s | %s | %s | %s | %.0f | %.2f | %s (%.0f/s) | %s | %s | %s | %s of %s | %s | %s (%.1f ms/article) |", \
				n, mb, label, o, w, j, n / w, mb / w, e, (e > 0 ? n / e : 0), al, r, s, h, x, rss, cpu, 1000 * cpu / n }')")
	done
done

echo
echo "Measured $(date -u +%Y-%m-%d) at commit $(git log -1 --format=%h -- src/main pom.xml)$(git diff --quiet HEAD -- src/main pom.xml || echo ' (+ local changes)');" \
	"$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end; $(java -version 2>&1 | head -1)."
echo
echo "| articles | MB | run | outcome | wall s | job s | articles/s | MB/s | extract s (articles/s) | align s | report s | start-up s | peak heap MB | max RSS MB | CPU s |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"

echo
echo "| articles | rerun ÷ first, job time | rerun ÷ first, wall time (JVM start-up included) |"
echo "|---|---|---|"
for n in "${sizes[@]}"; do
	awk -v n="$n" -v a="${job[$n,first]}" -v b="${job[$n,rerun]}" -v c="${wall[$n,first]}" -v d="${wall[$n,rerun]}" \
		'BEGIN { printf "| %d | %.2f | %.2f |\n", n, b / a, d / c }'
done

ratios=()
for n in "${sizes[@]}"; do
	m=$((n * 10))
	[ -n "${wall[$m,first]:-}" ] || continue
	for label in first rerun; do
		[ "${outcomes[$n,$label]}" = COMPLETED ] && [ "${outcomes[$m,$label]}" = COMPLETED ] || continue
		ratios+=("$(awk -v n="$n" -v m="$m" -v label="$label" -v a="${wall[$n,$label]}" -v b="${wall[$m,$label]}" \
			-v c="${extract[$n,$label]}" -v d="${extract[$m,$label]}" \
			'BEGIN { printf "| %d → %d | %s | %.1f | %s |", n, m, label, b / a, (c > 0 && d > 0 ? sprintf("%.1f", d / c) : "—") }')")
	done
done
if [ ${#ratios[@]} -gt 0 ]; then
	echo
	echo "| N → 10N | run | wall time ratio | extract time ratio |"
	echo "|---|---|---|---|"
	printf '%s\n' "${ratios[@]}"
fi
