"""Media of the 'likeness' pack (scenarios/likeness/media/). Being written; see scenarios/likeness/README.md."""
from __future__ import annotations

PACK = "likeness"

JOBS: dict = {}   # job name -> function(out)
