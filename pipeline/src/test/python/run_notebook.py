"""Runs a notebook top to bottom in a fresh kernel, as a reader would with "Run All", and writes
the executed copy. The first failing cell stops the run and exits non-zero with the cell's error.

Usage: run_notebook.py NOTEBOOK EXECUTED_COPY
The kernel's working directory is the notebook's folder; it inherits this process's environment
(CORPUS_ANALYTICS_OUTPUT tells the notebook which output to read).
"""
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient


def main(notebook_path, executed_path):
    notebook = nbformat.read(notebook_path, as_version=4)
    client = NotebookClient(notebook, timeout=600, kernel_name="python3", record_timing=False,
                            resources={"metadata": {"path": str(notebook_path.parent)}})
    client.execute()   # a failing cell raises CellExecutionError, naming the cell and its traceback
    nbformat.validate(notebook)
    nbformat.write(notebook, executed_path)


if __name__ == "__main__":
    main(Path(sys.argv[1]).resolve(), Path(sys.argv[2]))
