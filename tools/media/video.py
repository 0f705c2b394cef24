"""Media of the 'video' pack (scenarios/video/media/). Being written; see scenarios/video/README.md."""
from __future__ import annotations

PACK = "video"

JOBS: dict = {}   # job name -> function(out)
