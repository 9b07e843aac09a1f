#!/usr/bin/env bash
# Records every fixture with every pyenv CPython 3.8-3.13 found under ~/.pyenv/versions
# (missing ones are skipped): tools/record_cpython.py writes
# src/test/resources/fixtures/cpython/cpython-3.X.json (and tools/record_type_object.py
# fixtures/cpython-type/cpython-3.X.json), tools/record_growth.py writes
# src/test/resources/fixtures/cpython-growth/cpython-3.X.json; then the recorded growth tables
# are checked with `record_growth.py --check`.
# Usage: tools/record_all.sh [cpython|growth]   (default: both)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
versions_dir="${PYENV_ROOT:-$HOME/.pyenv}/versions"
which="${1:-both}"
last=""

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
  echo "== $("$found" -c 'import platform; print(platform.python_version())') ($found)"
  [[ "$which" == growth ]] || "$found" "$here/record_cpython.py"
  [[ "$which" == growth ]] || "$found" "$here/record_type_object.py"
  [[ "$which" == cpython ]] || "$found" "$here/record_growth.py"
  last="$found"
done

if [[ -n "$last" && "$which" != cpython ]]; then
  echo "== check"
  "$last" "$here/record_growth.py" --check
fi
