#!/usr/bin/env bash
# Run tools/record_cpython.py with every pyenv CPython 3.8-3.13 found under
# ~/.pyenv/versions, writing src/test/resources/fixtures/cpython/cpython-3.X.json.
# Extra arguments (e.g. --out DIR) are passed to the recorder.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
versions_dir="${PYENV_ROOT:-$HOME/.pyenv}/versions"

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
  "$found" "$here/record_cpython.py" "$@"
done
