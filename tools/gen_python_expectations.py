#!/usr/bin/env python3
"""Regenerate the expected outputs of the Python differential test corpus.

What it does
------------
For every ``*.py`` program under ``Tests/PythonRuntimeTests/Programs/`` (except
the folders in ``EXCLUDED_DIRS``), this script runs CPython 3.11 exactly the way
the Swift interpreter is expected to be run by the tests:

* working directory: ``Tests/PythonRuntimeTests/Programs``
* command line: ``python3 <relative/path/inside/Programs.py>`` (so tracebacks say
  ``File "tracebacks/foo.py", line 3, in f`` and ``sys.argv[0]`` is stable)
* environment: a minimal one with ``PYTHONHASHSEED=0``,
  ``PYTHONIOENCODING=utf-8``, ``PYTHONDONTWRITEBYTECODE=1``, ``LC_ALL=C.UTF-8``
* no standard input, a 10 second timeout

and writes next to each ``name.py``:

* ``name.out``  -- stdout, byte for byte (always written, possibly empty)
* ``name.err``  -- stderr, only when it is non-empty (removed otherwise)
* ``name.exit`` -- the exit code followed by a newline, only when it is non-zero
  (removed otherwise)

One rewrite is applied: CPython (3.9+) prints the *absolute* path of the main
script in tracebacks, SyntaxErrors and warnings, so the absolute
``.../Programs/`` prefix is stripped from stderr.  The committed files therefore
read ``File "tracebacks/foo.py", line 3, in f`` on every checkout; the Swift
interpreter must print the path as it was given on the command line (or the
Swift test must strip its own working-directory prefix the same way).  A
program whose output still contains the checkout's absolute path is refused.

Every program is run three times: twice with ``PYTHONHASHSEED=0`` and once with
``PYTHONHASHSEED=1``.  If any of the three runs differ (stdout, stderr or exit
code), or a run times out, the program is *refused*: nothing is written for it,
it is listed in the summary and the script exits with status 1.  Fix such a
program (usually: it prints a set of strings or depends on timing) and rerun.

The script is idempotent: files whose content would not change are not
rewritten, and the summary says how many were created/updated/unchanged.

``--check`` writes nothing and exits 1 if any expectation file is missing,
stale or superfluous.  Positional arguments restrict the run to programs whose
relative path starts with one of them (e.g. ``tracebacks/`` or
``literals/ints.py``).

CI never runs this script and never needs CPython: the Swift tests only read the
committed ``.py``/``.out``/``.err``/``.exit`` files.  Run it by hand (it needs
CPython 3.11 as ``python3``, or ``$PYTHON``) after adding or changing a program,
and commit the regenerated files together with the program.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PROGRAMS = REPO / "Tests" / "PythonRuntimeTests" / "Programs"
# syntax/ is owned by a different suite (parser tests) and is left alone here.
EXCLUDED_DIRS = {"syntax", "__pycache__"}
TIMEOUT_SECONDS = 10
PYTHON = os.environ.get("PYTHON", "python3")


def base_env(hash_seed: str) -> dict[str, str]:
    env = {
        "PATH": os.environ.get("PATH", "/usr/local/bin:/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/tmp"),
        "LC_ALL": "C.UTF-8",
        "LANG": "C.UTF-8",
        "PYTHONHASHSEED": hash_seed,
        "PYTHONIOENCODING": "utf-8",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONNOUSERSITE": "1",
    }
    return env


def check_interpreter() -> str:
    out = subprocess.run(
        [PYTHON, "-c", "import sys; print('%d.%d.%d' % sys.version_info[:3]); "
                       "assert sys.version_info[:2] == (3, 11), sys.version"],
        capture_output=True, text=True, env=base_env("0"))
    if out.returncode != 0:
        sys.exit(f"error: {PYTHON} is not CPython 3.11:\n{out.stderr}")
    return out.stdout.strip()


def discover(prefixes: list[str]) -> list[str]:
    found = []
    for path in sorted(PROGRAMS.rglob("*.py")):
        rel = path.relative_to(PROGRAMS)
        if any(part in EXCLUDED_DIRS for part in rel.parts[:-1]):
            continue
        rel_s = rel.as_posix()
        if prefixes and not any(rel_s.startswith(p) for p in prefixes):
            continue
        found.append(rel_s)
    return found


def _abs_prefixes() -> list[bytes]:
    prefixes = {str(PROGRAMS), os.path.realpath(PROGRAMS)}
    return sorted({p.encode() + b"/" for p in prefixes}, key=len, reverse=True)


def normalise_stderr(stderr: bytes) -> bytes:
    """Since 3.9 CPython makes the __main__ script's path absolute, so a
    traceback says ``File "/abs/.../Programs/tracebacks/foo.py"`` even though it
    was invoked as ``python3 tracebacks/foo.py`` (warnings print the same
    absolute path: ``/abs/.../Programs/stdlib/w.py:4: UserWarning: ...``).  The
    expectation files must not depend on where the repository is checked out,
    so the absolute ``.../Programs/`` prefix is stripped from stderr: the
    committed .err files read ``File "tracebacks/foo.py", line 3, in f``.  This
    is the only rewriting done."""
    for prefix in _abs_prefixes():
        stderr = stderr.replace(prefix, b"")
    return stderr


def run_once(rel: str, hash_seed: str):
    try:
        proc = subprocess.run(
            [PYTHON, rel], cwd=PROGRAMS, env=base_env(hash_seed),
            stdin=subprocess.DEVNULL, capture_output=True,
            timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        return None
    return (proc.stdout, normalise_stderr(proc.stderr), proc.returncode)


def run_program(rel: str):
    """Returns (rel, result, problem); runs sequentially so that programs that
    use a scratch file under /tmp never race with themselves."""
    first = run_once(rel, "0")
    if first is None:
        return rel, None, f"timed out after {TIMEOUT_SECONDS}s"
    second = run_once(rel, "0")
    if second != first:
        return rel, None, "output differs between two runs with PYTHONHASHSEED=0"
    third = run_once(rel, "1")
    if third != first:
        return rel, None, "output differs with PYTHONHASHSEED=1 (hash-order dependent)"
    for prefix in _abs_prefixes():
        if prefix.rstrip(b"/") in first[0] or prefix.rstrip(b"/") in first[1]:
            return rel, None, "output contains the checkout's absolute path"
    return rel, first, None


def expected_files(rel: str, result) -> dict[Path, bytes | None]:
    stdout, stderr, code = result
    stem = (PROGRAMS / rel).with_suffix("")
    return {
        stem.with_suffix(".out"): stdout,
        stem.with_suffix(".err"): stderr if stderr else None,
        stem.with_suffix(".exit"): (f"{code}\n".encode() if code != 0 else None),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    parser.add_argument("prefixes", nargs="*",
                        help="only programs whose path inside Programs/ starts with one of these")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; fail if any expectation is missing or stale")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 4)
    args = parser.parse_args()

    version = check_interpreter()
    programs = discover(args.prefixes)
    if not programs:
        print("no programs found", file=sys.stderr)
        return 1

    created = updated = unchanged = removed = 0
    stale: list[str] = []
    refused: list[tuple[str, str]] = []
    per_folder: dict[str, int] = {}
    with_err = with_exit = 0

    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        results = list(pool.map(run_program, programs))

    for rel, result, problem in results:
        folder = rel.split("/")[0] if "/" in rel else "."
        per_folder[folder] = per_folder.get(folder, 0) + 1
        if problem:
            refused.append((rel, problem))
            continue
        if result[1]:
            with_err += 1
        if result[2] != 0:
            with_exit += 1
        for path, content in expected_files(rel, result).items():
            old = path.read_bytes() if path.exists() else None
            if old == content:
                if content is not None:
                    unchanged += 1
                continue
            if args.check:
                stale.append(path.relative_to(PROGRAMS).as_posix())
                continue
            if content is None:
                path.unlink()
                removed += 1
            else:
                path.write_bytes(content)
                if old is None:
                    created += 1
                else:
                    updated += 1

    # Expectation files whose program no longer exists.
    if not args.prefixes:
        for path in sorted(PROGRAMS.rglob("*")):
            rel_parts = path.relative_to(PROGRAMS).parts
            if (path.suffix in (".out", ".err", ".exit")
                    and not any(p in EXCLUDED_DIRS for p in rel_parts[:-1])
                    and not path.with_suffix(".py").exists()):
                if args.check:
                    stale.append(path.relative_to(PROGRAMS).as_posix())
                else:
                    path.unlink()
                    removed += 1

    print(f"CPython {version}: {len(programs)} programs "
          f"({with_err} with stderr, {with_exit} with non-zero exit)")
    for folder in sorted(per_folder):
        print(f"  {folder + '/':<18}{per_folder[folder]:>4}")
    if args.check:
        print(f"stale or missing expectation files: {len(stale)}")
        for s in stale:
            print(f"  {s}")
    else:
        print(f"files: {created} created, {updated} updated, {unchanged} unchanged, "
              f"{removed} removed")
    if refused:
        print(f"REFUSED {len(refused)} nondeterministic/failing programs (nothing written for them):")
        for rel, problem in refused:
            print(f"  {rel}: {problem}")
    return 1 if refused or stale else 0


if __name__ == "__main__":
    sys.exit(main())
