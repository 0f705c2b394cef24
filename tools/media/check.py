"""Media of the 'check' pack (scenarios/check/media/). Being written; see scenarios/check/README.md."""
from __future__ import annotations

PACK = "check"

JOBS: dict = {}   # job name -> function(out)
