#!/usr/bin/env bash
# Prints the accuracy of each analysis step against the labelled data sets in ../shared/data
# (beside this checkout): main-text extraction (Zyte benchmark), sentiment (every mode on every set
# of sentiment/: VADER ground truth, NewsMTSC, PerSenT, FinEntity, financial tweets),
# sentence and token segmentation (GUM news), named entities (CoNLL-2003 train and development parts
# beside CoreNLP's own pipeline, GUM news, WNUT-17). Peers run in the same run on the same data:
# trafilatura (extraction) and Python vaderSentiment 3.3.2 (sentiment), pinned in
# scripts/evaluate-requirements.txt and installed into a cached venv on first use.
# Near-duplicates: a syndication corpus generated from BBC News.
# Languages: Tatoeba sentences and 5-sentence documents, OpenNLP alone and with the close-language
# model, on the held-out half (out of sample) and the training half (in sample).
# Usage: scripts/evaluate.sh [extraction|sentiment|segmentation|entities|duplicates|languages]...
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
  [duplicates]=org.corpusanalytics.text.duplicates.NearDuplicateEvaluation
  [languages]=org.corpusanalytics.text.lang.LanguageIdEvaluation
)
steps=("$@")
[ ${#steps[@]} -eq 0 ] && steps=(extraction sentiment segmentation entities duplicates languages)
for step in "${steps[@]}"; do
  main="${harness[$step]:?unknown step $step (extraction, sentiment, segmentation, entities, duplicates or languages)}"
  echo "=== $step ($main)"
  case "$step" in
    extraction)
      zyte="$root/../shared/data/extraction/zyte-benchmark"
      "$root/scripts/trafilatura-reference.sh" "$zyte" "$root/target/peers/trafilatura.json"
      mvn -q -B exec:java -Dexec.classpathScope=test -Dexec.mainClass="$main" \
        -Dexec.args="$zyte trafilatura=$root/target/peers/trafilatura.json" ;;
    sentiment)
      mvn -q -B exec:java -Dexec.classpathScope=test -Dexec.mainClass="$main"
      echo "--- Python vaderSentiment 3.3.2 (PyPI), the reference for VADER mode"
      "$root/scripts/vader-python-reference.sh" --groundtruth "$root/../shared/data/sentiment/vader-groundtruth" ;;
    *)
      mvn -q -B exec:java -Dexec.classpathScope=test -Dexec.mainClass="$main" ;;
  esac
done
