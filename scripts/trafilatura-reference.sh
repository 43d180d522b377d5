#!/usr/bin/env bash
# Main text of every page of the Zyte article-extraction benchmark as trafilatura extracts it (the
# version pinned in scripts/evaluate-requirements.txt, installed into a cached venv on first use),
# written in the benchmark's output format for ExtractionBenchmark to score beside our extractor.
#   scripts/trafilatura-reference.sh BENCHMARK_DIR OUT.json
# BENCHMARK_DIR holds html/ (pages as .html or .html.gz) and ground-truth.json. trafilatura runs
# as its own benchmark script runs it: extract(html, include_comments=False).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
benchmark="${1:?usage: $0 BENCHMARK_DIR OUT.json}"
out="${2:?usage: $0 BENCHMARK_DIR OUT.json}"
venv=$("$root/scripts/python-venv.sh" "$root/scripts/evaluate-requirements.txt")
exec "$venv/bin/python" - "$benchmark" "$out" <<'PY'
import gzip
import json
import sys
from pathlib import Path

import trafilatura

benchmark, out = Path(sys.argv[1]), Path(sys.argv[2])
pages = json.loads((benchmark / "ground-truth.json").read_text(encoding="utf-8"))
extracted = {}
for page_id in pages:
    plain = benchmark / "html" / (page_id + ".html")
    if plain.exists():
        html = plain.read_text(encoding="utf-8")
    else:
        with gzip.open(benchmark / "html" / (page_id + ".html.gz"), "rt", encoding="utf-8") as f:
            html = f.read()
    extracted[page_id] = {"articleBody": trafilatura.extract(html, include_comments=False)}
out.parent.mkdir(parents=True, exist_ok=True)
out.write_text(json.dumps(extracted, ensure_ascii=False, indent=1), encoding="utf-8")
print("trafilatura %s: %d pages -> %s" % (trafilatura.__version__, len(extracted), out), file=sys.stderr)
PY
