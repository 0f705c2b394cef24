"""``python3 main.py test``: the whole test suite, headless, as CI runs it. Arguments after ``test`` go
to pytest: ``python3 main.py test -m "not slow"`` runs the fast part, ``-k flow`` the flow tests."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Each worker holds its own pygame, speech engine and packs (~200 MB): more would cost memory
# on a big machine for little gain, as the slowest tests run alone anyway.
MAX_WORKERS = 4


def run_tests(pytest_args: list[str]) -> int:
    env = dict(os.environ)
    # No screen or sound card is needed: SDL's dummy drivers stand in (tests may override).
    env.setdefault("SDL_VIDEODRIVER", "dummy")
    env.setdefault("SDL_AUDIODRIVER", "dummy")
    env.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    parallel = workers(pytest_args)
    if not parallel:
        return subprocess.call([sys.executable, "-m", "pytest", *pytest_args], cwd=ROOT, env=env)
    # Tests that time the game's frames against their budget run after the others, alone in one
    # process: beside another worker's tests on a 2-core machine they measure that worker.
    first = subprocess.call([sys.executable, "-m", "pytest", *parallel, *with_marker(pytest_args, "not alone")],
                            cwd=ROOT, env=env)
    second = subprocess.call([sys.executable, "-m", "pytest", "-p", "no:xdist", *with_marker(pytest_args, "alone")],
                             cwd=ROOT, env=env)
    return first or (0 if second == NO_TESTS else second)


NO_TESTS = 5   # pytest's exit code when the selection is empty (no "alone" test in it)


def with_marker(pytest_args: list[str], expression: str) -> list[str]:
    """``pytest_args`` with their ``-m`` selection (if any) narrowed by ``expression``."""
    args, found = list(pytest_args), False
    for index, arg in enumerate(args):
        if arg == "-m" and index + 1 < len(args):
            args[index + 1], found = f"({args[index + 1]}) and {expression}", True
            break
        if arg.startswith("-m") and len(arg) > 2:
            args[index], found = f"-m({arg[2:]}) and {expression}", True
            break
    return args if found else [*args, "-m", expression]


def workers(pytest_args: list[str], cores: int | None = None) -> list[str]:
    """pytest-xdist's options to run the tests on every core (at most ``MAX_WORKERS``), unless the
    arguments choose for themselves (``-n 0`` runs them in one process, to debug)."""
    if any(arg.startswith(("-n", "--numprocesses")) or arg == "no:xdist" for arg in pytest_args):
        return []
    if cores is None:
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    count = min(cores or 1, MAX_WORKERS)
    # worksteal: a worker left idle takes tests queued for a busy one, so the slow tests at the
    # end of the suite (the soak, the demos) do not all wait on one worker
    return ["-n", str(count), "--dist", "worksteal"] if count > 1 else []
