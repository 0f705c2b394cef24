"""Media of the 'news' pack (scenarios/news/media/). Being written; see scenarios/news/README.md."""
from __future__ import annotations

PACK = "news"

JOBS: dict = {}   # job name -> function(out)
