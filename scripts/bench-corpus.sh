#!/usr/bin/env bash
# Builds a deterministic benchmark corpus of SIZE articles from the BBC News corpus:
#   scripts/bench-corpus.sh 20000          -> target/bench-corpora/bbc-20000.jsonl
#   scripts/bench-corpus.sh 20000 --gzip   -> target/bench-corpora/bbc-20000.jsonl.gz
# Articles are re-used with new ids, later copies with shuffled paragraphs (fixed seed), and
# spread over 2004-2005 (see benchmarks/.../CorpusBuilder.java). An existing corpus is kept.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-env.sh"

if [ $# -lt 1 ] || ! [[ "$1" =~ ^[0-9]+$ ]]; then
  echo "usage: $0 SIZE [--gzip]" >&2
  exit 2
fi
size="$1"
gz=""
[ "${2:-}" = "--gzip" ] && gz=gz
out="$(corpus_path "$size" "$gz")"
if [ -f "$out" ]; then
  echo "$out"
  exit 0
fi
if [ ! -d "$BBC_NEWS" ]; then
  echo "BBC News corpus not found at $BBC_NEWS (set BBC_NEWS)" >&2
  exit 2
fi
bench_build
java -cp "$(bench_classpath)" org.corpusanalytics.benchmarks.CorpusBuilder "$BBC_NEWS" "$size" "$out" >&2
echo "$out"
