"""The type checks: ``mypy game/core`` (settings in pyproject.toml's [tool.mypy]) reports no errors,
and neither do the typed modules outside the core that every scene leans on."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Checked on their own: what they import is followed silently (its types are used, its own
# errors are not counted), so these stay clean while the rest of game/ is typed step by step.
# The context, the journey through the screens and what the demo chooses: typed in full.
TYPED_OUTSIDE_CORE = ["game/context.py", "game/packloader.py", "game/tuning.py", "game/ui/flows.py",
                      "game/ui/exporting.py", "game/demo/policy.py"]


def mypy(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # mypy is a test dependency (pyproject.toml), so CI's `python3 main.py test` has it: a missing
    # mypy fails here rather than skipping the check.
    return subprocess.run([sys.executable, "-m", "mypy", "--config-file", "pyproject.toml",
                           "--cache-dir", str(tmp_path / "mypy-cache"), *args],
                          check=False, cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_mypy_passes_on_core(tmp_path):
    done = mypy(tmp_path, "game/core")
    assert done.returncode == 0, f"mypy game/core found problems:\n{done.stdout}{done.stderr}"


def test_mypy_passes_on_the_context_the_flows_and_the_demo_policy(tmp_path):
    done = mypy(tmp_path, "--follow-imports=silent", *TYPED_OUTSIDE_CORE)
    assert done.returncode == 0, f"mypy found problems:\n{done.stdout}{done.stderr}"
