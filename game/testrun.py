"""``python3 main.py test``: the whole test suite, headless, as CI runs it. Arguments after ``test`` go
to pytest: ``python3 main.py test -m "not slow"`` runs the fast part, ``-k flow`` the flow tests."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_tests(pytest_args: list[str]) -> int:
    env = dict(os.environ)
    # No screen or sound card is needed: SDL's dummy drivers stand in (tests may override).
    env.setdefault("SDL_VIDEODRIVER", "dummy")
    env.setdefault("SDL_AUDIODRIVER", "dummy")
    env.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    return subprocess.call([sys.executable, "-m", "pytest", *pytest_args], cwd=ROOT, env=env)
