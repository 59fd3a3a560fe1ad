#!/usr/bin/env bash
# make bench: runs the benchmarks side by side with CPython (and real PyTorch when a torch venv exists)
# and writes the raw output, with the machine and the commit, to bench/results/.
# Usage: bench/run.sh PATH/TO/release/swifttorch
# Environment: BENCH_RUNS (default 3, best-of), TORCH_PYTHON (a python with torch; default /work/torch-venv/bin/python
# if present; `bench/setup-torch.sh` creates one).
set -euo pipefail
bin=$(realpath "${1:?usage: bench/run.sh PATH/TO/swifttorch}")
here=$(cd "$(dirname "$0")" && pwd)
runs=${BENCH_RUNS:-3}
torch_python=${TORCH_PYTHON:-}
[ -z "$torch_python" ] && [ -x /work/torch-venv/bin/python ] && torch_python=/work/torch-venv/bin/python
stamp=$(date -u +%Y%m%dT%H%M%SZ)
commit=$(git -C "$here" rev-parse --short HEAD 2>/dev/null || echo unknown)
out="$here/results/$stamp-$commit.txt"
mkdir -p "$here/results"

best() {  # best-of-N wall time in seconds of a command (stdout discarded)
  local best=""
  for _ in $(seq "$runs"); do
    local t0 t1 dt
    t0=$(date +%s.%N); "$@" > /dev/null 2>&1 || { echo "FAILED"; return; }; t1=$(date +%s.%N)
    dt=$(echo "$t1 - $t0" | bc -l)
    if [ -z "$best" ] || [ "$(echo "$dt < $best" | bc -l)" = 1 ]; then best=$dt; fi
  done
  printf "%.3f" "$best"
}

{
  echo "# SwiftTorch benchmarks"
  echo "date: $stamp"
  echo "commit: $commit"
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/{print $2}') GiB"
  echo "swifttorch: $bin"
  echo "cpython: $(python3 --version 2>&1) ($(command -v python3))"
  echo "best of $runs whole-process wall times, seconds"
  echo
  echo "## Python runtime vs CPython (bench/python)"
  echo
  printf "| program | CPython s | SwiftTorch s | ratio |\n|---|---|---|---|\n"
  logsum=0; n=0; worst=0
  for f in "$here"/python/*.py; do
    name=$(basename "$f" .py)
    py=$(best python3 "$f")
    st=$(best "$bin" run "$f")
    if [ "$py" = FAILED ] || [ "$st" = FAILED ]; then
      printf "| %s | %s | %s | - |\n" "$name" "$py" "$st"; continue
    fi
    ratio=$(echo "$st / $py" | bc -l)
    printf "| %s | %s | %s | %.2f× |\n" "$name" "$py" "$st" "$ratio"
    logsum=$(echo "$logsum + l($ratio)" | bc -l); n=$((n + 1))
    if [ "$(echo "$ratio > $worst" | bc -l)" = 1 ]; then worst=$ratio; fi
  done
  if [ "$n" -gt 0 ]; then
    printf "\ngeometric mean of ratios: %.2f× (floor ≤ 1.5×), worst: %.2f× (floor ≤ 4×)\n" "$(echo "e($logsum / $n)" | bc -l)" "$worst"
  fi
  echo
  echo "## Torch micro-programs vs real PyTorch (bench/torch)"
  echo
  if [ -n "$torch_python" ]; then
    echo "pytorch: $("$torch_python" -c 'import torch; print(torch.__version__)' 2>/dev/null)"
    echo
    printf "| program | PyTorch | SwiftTorch | ratio |\n|---|---|---|---|\n"
    for f in "$here"/torch/*.py; do
      name=$(basename "$f" .py)
      pt=$("$torch_python" "$f" 2>/dev/null | tail -1)
      st=$("$bin" run "$f" 2>/dev/null | tail -1)
      printf "| %s | %s | %s | %s |\n" "$name" "$pt" "$st" "$(python3 -c "import sys; a,b=float(sys.argv[1].split()[0]),float(sys.argv[2].split()[0]); print(f'{b/a:.2f}×')" "$pt" "$st" 2>/dev/null || echo -)"
    done
  else
    echo "(no python with torch: run bench/setup-torch.sh or set TORCH_PYTHON)"
  fi
} | tee "$out"
echo "written: $out"
