#!/usr/bin/env bash
# Prints the accuracy of each analysis step against the labelled data sets in ../shared/data
# (beside this checkout): main-text extraction (Zyte benchmark), sentiment (every mode on every set
# of sentiment/: VADER ground truth, NewsMTSC, PerSenT, FinEntity, financial tweets),
# sentence and token segmentation (GUM news), named entities (CoNLL-2003 train and development parts
# beside CoreNLP's own pipeline, GUM news, WNUT-17).
# Usage: scripts/evaluate.sh [extraction|sentiment|segmentation|entities]...
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -q -B -DskipTests install
cd transforms

declare -A harness=(
  [extraction]=org.corpusanalytics.text.html.ExtractionBenchmark
  [sentiment]=org.corpusanalytics.text.sentiment.SentimentTable
  [segmentation]=org.corpusanalytics.text.SegmentationEvaluation
  [entities]=org.corpusanalytics.text.ner.NerEvaluation
)
steps=("$@")
[ ${#steps[@]} -eq 0 ] && steps=(extraction sentiment segmentation entities)
for step in "${steps[@]}"; do
  main="${harness[$step]:?unknown step $step (extraction, sentiment, segmentation or entities)}"
  echo "=== $step ($main)"
  mvn -q -B exec:java -Dexec.classpathScope=test -Dexec.mainClass="$main"
done
