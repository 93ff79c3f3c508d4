#!/usr/bin/env bash
# Single-core throughput of per-article extraction (ArticleExtractor.extract + NearDuplicates.signature).
# Builds, generates a 1,000-article corpus if missing, runs org.mizan.bench.ArticleExtractorBench.
# Usage: bench/article-extractor.sh [CORPUS_DIR] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-/tmp/mizan-bench-1k}"
rounds="${2:-5}"
./mvnw -o -q package -DskipTests
./mvnw -o -q test-compile
if [ ! -d "$corpus" ]; then
	java -jar target/mizan.jar generate --articles 1000 --out "$corpus"
fi
cp_file="target/bench-classpath.txt"
./mvnw -o -q dependency:build-classpath -Dmdep.outputFile="$cp_file"
exec java -XX:ActiveProcessorCount=1 -cp "target/classes:target/test-classes:$(cat "$cp_file")" \
	org.mizan.bench.ArticleExtractorBench "$corpus" "$rounds"
