"""The log file: details of anything that went wrong, for whoever helps the player.

The player sees one short notice in their language; the details (which file, which
error) go to ``seethrough.log`` in the data folder, or in the cache folder when the
data folder cannot be written. The log keeps three files of at most 1 MB.
"""
from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "seethrough.log"


def start_log(folders: list[Path]) -> Path | None:
    """Log to the first of ``folders`` that can be written; return the log file (None: stderr only)."""
    logger = logging.getLogger("seethrough")
    logger.setLevel(logging.INFO)
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()
    for folder in folders:
        path = folder / LOG_NAME
        try:
            folder.mkdir(parents=True, exist_ok=True)
            handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=2, encoding="utf-8")
        except OSError:
            continue
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
        return path
    logger.addHandler(logging.StreamHandler())
    return None
