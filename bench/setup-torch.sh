#!/usr/bin/env bash
# Creates a venv with real PyTorch for `make bench` (about 5 GB; not used by the tests or CI).
set -euo pipefail
venv=${1:-/work/torch-venv}
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet torch==2.15.0 numpy
echo "TORCH_PYTHON=$venv/bin/python"
