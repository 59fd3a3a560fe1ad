#!/usr/bin/env bash
# Runs the kernel tests (tests/kernel) against a built swifttorch binary.
# Usage: tests/kernel/run.sh PATH/TO/swifttorch [pytest args...]
# Creates .venv with the pinned packages in tools/kernel-venv-requirements.txt (only when missing or
# when the list changed), installs the `swifttorch` kernelspec into it, and runs pytest.
set -euo pipefail

bin=${1:?usage: tests/kernel/run.sh PATH/TO/swifttorch [pytest args...]}
shift
root=$(cd "$(dirname "$0")/../.." && pwd)
venv=$root/.venv

[ -x "$bin" ] || { echo "run.sh: $bin is not an executable (build swifttorch first)" >&2; exit 2; }
bin=$(realpath "$bin")

"$root/tools/venv.sh"

"$bin" install --prefix "$venv"

# Use the kernelspec just installed, not one in ~/.local/share/jupyter from another build.
export JUPYTER_PATH=$venv/share/jupyter
export JUPYTER_PREFER_ENV_PATH=1
cd "$root"
exec "$venv/bin/python" -m pytest tests/kernel -p no:cacheprovider -rfE "$@"
