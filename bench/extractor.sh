#!/bin/sh
# Throughput of the mention recognizer on one core (MB of UTF-8 Arabic news text per second).
# Usage: bench/extractor.sh [BYTES]   (default 20000000)
set -e
cd "$(dirname "$0")/.."
./mvnw -o -q test-compile
./mvnw -o -q dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt
exec taskset -c 0 java -XX:ActiveProcessorCount=1 -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-cp.txt)" \
	org.mizan.bench.ExtractorBench "$@"
