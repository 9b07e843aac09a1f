#!/usr/bin/env bash
# Records every fixture with every pyenv CPython 3.8-3.13 found under ~/.pyenv/versions
# (missing ones are skipped) and with any interpreters named on the command line (such as the
# Debian 3.14/3.15 unpacked by ../shared/tools/debian-cpython): tools/record_cpython.py writes
# src/test/resources/fixtures/cpython/cpython-3.X.json (and tools/record_type_object.py
# fixtures/cpython-type/cpython-3.X.json, and tools/record_user_classes.py
# fixtures/cpython-user/cpython-3.X.json), tools/record_growth.py writes
# src/test/resources/fixtures/cpython-growth/cpython-3.X.json; then the recorded growth tables
# are checked with `record_growth.py --check`.
# Usage: tools/record_all.sh [cpython|growth|both] [--no-pyenv] [PYTHON ...]
#   e.g. tools/record_all.sh both --no-pyenv /work/py/3.14/bin/python3.14 /work/py/3.15/bin/python3.15
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
versions_dir="${PYENV_ROOT:-$HOME/.pyenv}/versions"
which=both
if [[ $# -gt 0 && "$1" =~ ^(cpython|growth|both)$ ]]; then
  which="$1"
  shift
fi
use_pyenv=yes
if [[ $# -gt 0 && "$1" == --no-pyenv ]]; then
  use_pyenv=""
  shift
fi
interpreters=()

if [[ -n "$use_pyenv" ]]; then
  for minor in 8 9 10 11 12 13; do
    found=""
    for dir in "$versions_dir"/3."$minor"*; do
      # skip non-matching globs and e.g. 3.1x when looking for 3.1
      [[ -x "$dir/bin/python3" ]] || continue
      [[ "$(basename "$dir")" =~ ^3\.$minor(\.|$) ]] || continue
      found="$dir/bin/python3"
    done
    if [[ -z "$found" ]]; then
      echo "skip 3.$minor: no interpreter under $versions_dir" >&2
      continue
    fi
    interpreters+=("$found")
  done
fi
for python in "$@"; do
  [[ -x "$python" ]] || { echo "record_all.sh: $python is not an executable interpreter" >&2; exit 2; }
  interpreters+=("$python")
done

last=""
for python in "${interpreters[@]}"; do
  echo "== $("$python" -c 'import platform; print(platform.python_version())') ($python)"
  [[ "$which" == growth ]] || "$python" "$here/record_cpython.py"
  [[ "$which" == growth ]] || "$python" "$here/record_type_object.py"
  [[ "$which" == growth ]] || "$python" "$here/record_user_classes.py"
  # record_growth.py re-executes sys.executable when PYTHONHASHSEED is not 0, which for a
  # wrapper script (debian-cpython's) is the bare binary without its own C library.
  [[ "$which" == cpython ]] || PYTHONHASHSEED=0 "$python" "$here/record_growth.py"
  last="$python"
done

if [[ -n "$last" && "$which" != cpython ]]; then
  echo "== check"
  PYTHONHASHSEED=0 "$last" "$here/record_growth.py" --check
fi
