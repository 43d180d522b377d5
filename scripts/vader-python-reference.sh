#!/usr/bin/env bash
# Reference scores from the original Python VADER (vaderSentiment 3.3.2, MIT, installed from PyPI
# with the version pinned in scripts/evaluate-requirements.txt into a cached venv on first use) for
# VaderSentimentScorerTest and for checking SentimentEvaluation's VADER mode sentence by sentence.
#
#   scripts/vader-python-reference.sh < sentences.txt
#       one text per line (LF or CRLF) in; one JSON object per line out:
#       {"text", "compound", "pos", "neu", "neg"}
#   scripts/vader-python-reference.sh --groundtruth DIR [OUT_DIR]
#       scores DIR/<set>_GroundTruth.txt (id TAB mean TAB text) and prints, per set, n, Pearson r
#       of compound with the human mean and 3-class macro-F1 (compound >= 0.05 / <= -0.05; gold =
#       sign of the mean), plus the NYT tune/held-out split, computed as SentimentEvaluation does;
#       with OUT_DIR also writes OUT_DIR/<set>.tsv lines "id TAB compound TAB pos TAB neu TAB neg".
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv=$("$root/scripts/python-venv.sh" "$root/scripts/evaluate-requirements.txt")
exec "$venv/bin/python" - "$@" 3<&0 <<'PY'
import json
import math
import os
import sys

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

analyzer = SentimentIntensityAnalyzer()

SETS = ["nytEditorialSnippets", "tweets", "movieReviewSnippets", "amazonReviewSnippets"]
SPLIT_SEED = 20140601
MASK = (1 << 64) - 1


def java_string_hash(s):
    """Java's String.hashCode over UTF-16 code units, as a signed 32-bit int."""
    units = s.encode("utf-16-be")
    h = 0
    for i in range(0, len(units), 2):
        h = (31 * h + int.from_bytes(units[i:i + 2], "big")) & 0xFFFFFFFF
    return h - (1 << 32) if h >= 1 << 31 else h


def is_nyt_tune(snippet_id):
    """SentimentEvaluation.isNytTune: split by editorial with a SplitMix64-style hash."""
    editorial = snippet_id.split("_", 1)[0]
    z = (SPLIT_SEED + java_string_hash(editorial) * 0x9E3779B97F4A7C15) & MASK
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    z = z ^ (z >> 31)
    signed = z - (1 << 64) if z >= 1 << 63 else z
    return signed % 100 < 70


def pearson(x, y):
    mx, my = sum(x) / len(x), sum(y) / len(y)
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    return sxy / math.sqrt(sxx * syy)


def macro_f1(gold_means, compounds):
    gold = [(m > 0) - (m < 0) for m in gold_means]
    pred = [1 if c >= 0.05 else -1 if c <= -0.05 else 0 for c in compounds]
    total = 0.0
    for c in (-1, 0, 1):
        tp = sum(1 for g, p in zip(gold, pred) if g == c and p == c)
        denominator = pred.count(c) + gold.count(c)
        total += 0.0 if tp == 0 else 2.0 * tp / denominator
    return total / 3


def report(label, rows):
    compounds = [r[2]["compound"] for r in rows]
    means = [r[1] for r in rows]
    print("%-28s n=%5d  r=%.4f  macroF1=%.4f"
          % (label, len(rows), pearson(compounds, means), macro_f1(means, compounds)))


if len(sys.argv) > 1 and sys.argv[1] == "--groundtruth":
    data_dir = sys.argv[2]
    out_dir = sys.argv[3] if len(sys.argv) > 3 else None
    if out_dir:
        os.makedirs(out_dir, exist_ok=True)
    for name in SETS:
        with open(os.path.join(data_dir, name + "_GroundTruth.txt"), encoding="utf-8",
                  newline="") as f:
            lines = f.read().split("\n")
        rows = []
        for line in lines:
            fields = line.replace("\r", "").split("\t", 2)
            if len(fields) == 3:
                rows.append((fields[0], float(fields[1]), analyzer.polarity_scores(fields[2])))
        report(name, rows)
        if name.startswith("nyt"):
            report("  nyt tune (70%)", [r for r in rows if is_nyt_tune(r[0])])
            report("  nyt held-out (30%)", [r for r in rows if not is_nyt_tune(r[0])])
        if out_dir:
            with open(os.path.join(out_dir, name + ".tsv"), "w", encoding="utf-8") as out:
                for snippet_id, _, s in rows:
                    out.write("%s\t%s\t%s\t%s\t%s\n"
                              % (snippet_id, s["compound"], s["pos"], s["neu"], s["neg"]))
else:
    with os.fdopen(3, encoding="utf-8", newline="") as source:
        texts = source.read().split("\n")
    if texts and texts[-1] == "":
        texts.pop()
    for text in texts:
        text = text[:-1] if text.endswith("\r") else text
        s = analyzer.polarity_scores(text)
        print(json.dumps({"text": text, "compound": s["compound"], "pos": s["pos"],
                          "neu": s["neu"], "neg": s["neg"]}, ensure_ascii=False))
PY
