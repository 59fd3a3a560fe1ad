#!/usr/bin/env bash
# Creates or refreshes .venv with the pinned conformance tools (tools/*-venv-requirements.txt).
# Reinstalls only when a requirements file changed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
venv=$root/.venv
reqs=("$root/tools/kernel-venv-requirements.txt" "$root/tools/runner-venv-requirements.txt")
stamp=$venv/.requirements.sha256
if [ ! -x "$venv/bin/python" ]; then
  echo "venv: creating $venv"
  python3 -m venv "$venv"
fi
want=$(cat "${reqs[@]}" | sha256sum | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null || true)" != "$want" ]; then
  echo "venv: installing the pinned packages into $venv"
  args=()
  for r in "${reqs[@]}"; do args+=(-r "$r"); done
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "${args[@]}"
  echo "$want" > "$stamp"
fi
