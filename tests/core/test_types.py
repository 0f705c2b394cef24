"""The core type-checks: ``mypy game/core`` (settings in pyproject.toml's [tool.mypy]) reports no errors."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_mypy_passes_on_core(tmp_path):
    # mypy is a test dependency (pyproject.toml), so CI's `python3 main.py test` has it: a missing
    # mypy fails here rather than skipping the check.
    done = subprocess.run([sys.executable, "-m", "mypy", "--config-file", "pyproject.toml",
                           "--cache-dir", str(tmp_path / "mypy-cache"), "game/core"],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"mypy game/core found problems:\n{done.stdout}{done.stderr}"
