"""Media of the 'family' pack (scenarios/family/media/). Being written; see scenarios/family/README.md."""
from __future__ import annotations

PACK = "family"

JOBS: dict = {}   # job name -> function(out)
