#!/usr/bin/env bash
# Scale benchmark of the workbook writer: 1,000,000 synthetic facts in 512 MB of heap.
#   bench/workbook.sh [FACTS] [OUTDIR]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -o -q test-compile
./mvnw -o -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
java -Xmx512m -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
	org.mizan.bench.WorkbookBench "$@"
