"""First-run set-up using only the standard library.

``python3 main.py`` on a fresh machine creates ``.venv`` beside main.py,
installs the dependencies listed in pyproject.toml, and runs itself again
inside it. Later starts find the environment ready and go straight on.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

# hashlib, subprocess, tomllib and venv are imported where they are used: every start of the
# game passes through here, and only the first one installs anything.

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def inside_venv() -> bool:
    return Path(sys.prefix).resolve() == VENV.resolve()


def requirements(extras: list[str]) -> list[str]:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = list(project["dependencies"])
    for extra in extras:
        wanted += project.get("optional-dependencies", {}).get(extra, [])
    return wanted


def ensure(extras: list[str]) -> None:
    """Make sure .venv exists with every requirement installed (quick when it does)."""
    import hashlib
    import subprocess
    import venv

    wanted = requirements(extras)
    stamp = VENV / f".installed-{hashlib.sha256(' '.join(wanted).encode()).hexdigest()[:16]}"
    if stamp.exists():
        return
    if not venv_python().exists():
        print("First start: making a private Python environment in .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    print("Installing what the game needs (once) ...", flush=True)
    command = [str(venv_python()), "-m", "pip", "install", "--disable-pip-version-check", "-q", *wanted]
    if subprocess.call(command) != 0:
        raise SystemExit("Could not install the game's libraries; see the messages above.")
    for old in VENV.glob(".installed-*"):
        old.unlink()
    stamp.touch()


def relaunch(argv: list[str]) -> int:
    """Run main.py again with the environment's Python; return its exit code."""
    import subprocess

    return subprocess.call([str(venv_python()), str(ROOT / "main.py"), *argv])
