#!/usr/bin/env bash
# Makes (once) and prints the path of a Python virtual environment with the packages of the given
# requirements files, cached under ~/.cache/corpus-analytics (or $XDG_CACHE_HOME) and keyed by the
# files' contents and the Python version, so a second call with the same files returns at once.
#   scripts/python-venv.sh notebooks/requirements.txt        -> ~/.cache/corpus-analytics/venv-requirements-<hash>
# Progress goes to stderr; only the path goes to stdout. A venv whose install did not finish is
# made again; environments made from an older version of the same files are removed.
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: $0 REQUIREMENTS_FILE..." >&2; exit 2; }
python="${PYTHON:-python3}"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/corpus-analytics"
name="venv-$(basename "$1" .txt)"
key=$({ "$python" --version 2>&1; cat "$@"; } | sha256sum | cut -c1-12)
venv="$cache/$name-$key"
mkdir -p "$cache"
exec 9>"$cache/$name.lock"
flock 9   # one install at a time; a second caller waits and then finds the environment ready
if [ ! -f "$venv/.installed" ]; then
  rm -rf "$venv"
  started=$SECONDS
  echo "python-venv: installing $* into $venv" >&2
  "$python" -m venv "$venv"
  requirements=()
  for file in "$@"; do requirements+=(-r "$file"); done
  "$venv/bin/python" -m pip install -q --disable-pip-version-check "${requirements[@]}" >&2
  touch "$venv/.installed"
  echo "python-venv: ready in $((SECONDS - started)) s" >&2
  for old in "$cache/$name"-*; do
    [ "$old" = "$venv" ] || rm -rf "$old"
  done
fi
echo "$venv"
