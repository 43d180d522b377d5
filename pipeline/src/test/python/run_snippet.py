"""Runs a Python snippet (read from a file) as a reader would paste it, in the current directory,
then prints, as JSON, the number of rows of every DataFrame (pandas or polars) it defined by name.

Usage: run_snippet.py SNIPPET_FILE
"""
import json
import sys
from pathlib import Path

import pandas as pd
import polars as pl


def main(snippet_path):
    names = {}
    exec(compile(snippet_path.read_text(encoding="utf-8"), str(snippet_path), "exec"), names)
    print(json.dumps({name: len(value) for name, value in names.items()
                      if isinstance(value, (pd.DataFrame, pl.DataFrame))}))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
