#!/usr/bin/env bash
# JMH benchmark of the extractor alone (ArticleExtractor.extract and the number recognizer) on the seed articles and a
# generated 1,000-article sample; prints articles/s, MB of UTF-8 text per second per thread, the cores the threads got
# and MB per CPU second (the per-core figure that load from other processes does not dilute).
# Sources in src/jmh/java, compiled by the Maven profile jmh into target/jmh-classes (not in the jar, not in the tests).
# Usage: bench/jmh.sh [JMH OPTIONS]   default: fork 1, 8 (extract) or 3 x 3 s warm-up, 5 x 3 s measured, -t 1 then -t 2
#        e.g. bench/jmh.sh -t 1 -p corpus=generated 'ExtractionBenchmark.extract'
# The first run needs the network once to fetch JMH (org.openjdk.jmh 1.37) into ~/.m2.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -o -q -Pjmh test-compile || ./mvnw -q -Pjmh test-compile
cp_file="target/jmh-classpath.txt"
./mvnw -o -q -Pjmh dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file"
classpath="target/jmh-classes:target/classes:$(cat "$cp_file")"
echo "commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
run() {
	java -Xmx256m -cp "$classpath" org.mizan.bench.JmhMain "$@"
}
if [ $# -gt 0 ]; then
	run "$@"
else
	run -t 1 -rf json -rff target/jmh-t1.json
	echo "load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
	run -t 2 -rf json -rff target/jmh-t2.json
	echo "load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
fi
