#!/usr/bin/env bash
# Retrains the close-language model that refines language identification within groups of close
# languages (transforms/src/main/resources/langid/close-languages.tsv.gz) from the training half of
# ../shared/data/langid/tatoeba (beside this checkout; CC BY 2.0 FR). The split is a fixed hash of
# each row, so the same data always gives the same file; CloseLanguageModelTest checks that the
# shipped file is what this script writes. The held-out half is read only by
# scripts/evaluate.sh languages.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -q -B -pl transforms test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=org.corpusanalytics.text.lang.CloseLanguageModelTraining \
  -Dexec.args="$root/../shared/data/langid/tatoeba/tatoeba_langid.tsv $root/transforms/src/main/resources/langid/close-languages.tsv.gz"
